// A conference's export is kept (in memory and in the store) and given again while nothing it is
// made of changed: a background just started answers from the store without reading a note, and
// no background ever answers with an export that a write since has made stale.
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '@/utils/formats/backup';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ConferenceInput } from '@/utils/model/edits';
import type { Db } from '@/utils/store/schema';
import type { ApiCall } from '@/utils/sidebar/deps';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { conferenceExport } from '@/utils/background/markdown-export';
import { aNote } from '../model/records';
import { freshDb } from '../store/fresh-db';
import { loopback, meta, writeNotes } from './loopback';

const CONF = 'c0f00000-0000-4000-8000-0000000000aa' as ConferenceId;
const A = 'youtube:aaaaaaaaaaa' as TalkId;
const B = 'youtube:bbbbbbbbbbb' as TalkId;
const circus: ConferenceInput = {
  id: CONF, name: 'Software Circus 2016', venue: 'Pakhuis West', startDate: '2016-08-31', endDate: '2016-09-02', lang: 'en',
  days: [{ number: 1, date: '2016-08-31' }, { number: 2, date: '2016-09-01' }],
};
const whole = { conferenceId: CONF, day: null, frontMatter: false };

/** The store, counting the transactions that read notes in any form. */
function countingNoteReads(db: Db): { db: Db; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === 'transaction') {
        return (stores: string[], ...rest: []) => {
          if (['notes', 'sheets', 'searchSnapshot'].some((s) => stores.includes(s))) reads++;
          return target.transaction(stores as 'notes'[], ...rest);
        };
      }
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, reads: () => reads };
}

/** The export made from the store as it is now, with nothing kept. */
async function afresh(db: Db, what: { conferenceId: ConferenceId; day: number | null; frontMatter: boolean } = whole): Promise<string> {
  return (await conferenceExport(db, createLibraryIndex(), what)).markdown;
}

/** A library with a conference of two talks, exported once by a background whose index was built. */
async function exportedOnce() {
  const db = await freshDb();
  const bg = await loopback(db);
  await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization');
  await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
  await bg.api('conference.save', { conference: circus });
  await bg.api('talk.assign', { talkId: A, conferenceId: CONF, day: 1, position: null });
  await bg.api('talk.assign', { talkId: B, conferenceId: CONF, day: 2, position: null });
  await bg.api('notes.search', { query: 'x' }); // the index is built
  const first = await bg.api('export.conference', whole);
  await new Promise((r) => setTimeout(r, 20)); // its copy is stored after the answer
  return { db, bg, first: first.markdown };
}

describe('a conference export kept', () => {
  it('is what formatting it afresh gives, and a new background gives it again without reading a note', async () => {
    const { db, first } = await exportedOnce();
    expect(first).toBe(await afresh(db));
    expect(first).toContain('Spans are cheap');
    const counted = countingNoteReads(db);
    const next = await loopback(counted.db);
    expect((await next.api('export.conference', whole)).markdown).toBe(first);
    expect(counted.reads()).toBe(0);
  });

  it('is not given for another day or with front matter', async () => {
    const { db, bg } = await exportedOnce();
    for (const what of [{ ...whole, day: 2 }, { ...whole, frontMatter: true }]) {
      expect((await (await loopback(db)).api('export.conference', what)).markdown).toBe(await afresh(db, what));
      expect((await bg.api('export.conference', what)).markdown).toBe(await afresh(db, what));
    }
  });

  /** The id of the note holding `text`. */
  const idOf = async (api: ApiCall, text: string) => (await api('notes.search', { query: text })).hits[0]!.noteId!;
  const changes: [string, (api: ApiCall, db: Db) => Promise<unknown>][] = [
    ['a note edited', async (api) => api('note.save', { note: { id: await idOf(api, 'Spans are cheap'), at: 10, kind: 'quote', text: 'Spans are not free' }, meta: meta('bbbbbbbbbbb', 'Tracing') })],
    ['a note added', (api) => writeNotes(api, 'bbbbbbbbbbb', 'Tracing', 'Sampling', 'Baggage')],
    ['a note deleted', async (api) => api('note.delete', { id: await idOf(api, 'Specialization') })],
    ['a talk moved to another day', (api) => api('talk.assign', { talkId: B, conferenceId: CONF, day: 1, position: 0 })],
    ['a talk deleted', (api) => api('talk.delete', { talkId: A })],
    ['the conference renamed', (api) => api('conference.save', { conference: { ...circus, name: 'Software Circus 2017' } })],
    ['a note imported with an old stamp', (api) =>
      api('backup.import', { text: serializeBackup({ talks: [], conferences: [], marks: [], notes: [aNote({ id: '00000000-0000-4000-8000-0000000000ff' as never, talkId: A, text: 'From the laptop', createdAt: 5, updatedAt: 5 })] }) })],
  ];

  it.each(changes)('is made again after %s, by the same background and by a new one', async (_, change) => {
    const { db, bg, first } = await exportedOnce();
    await change(bg.api, db);
    const now = await afresh(db);
    expect(now).not.toBe(first);
    expect((await (await loopback(db)).api('export.conference', whole)).markdown).toBe(now);
    expect((await bg.api('export.conference', whole)).markdown).toBe(now);
  });

  it('is made again by a new background after a write it was not told of, as another background would make', async () => {
    const { db, first } = await exportedOnce();
    const other = await loopback(db);
    await writeNotes(other.api, 'aaaaaaaaaaa', 'When Containers Attack', 'A later thought');
    const now = await afresh(db);
    expect(now).toContain('A later thought');
    expect(now).not.toBe(first);
    expect((await (await loopback(db)).api('export.conference', whole)).markdown).toBe(now);
  });
});
