// A note's save (and its deletion) asks for every record it reads up front, in one round: each
// read answered before another is asked for is a trip to the browser's database and back before
// the transaction can commit. The outbox's counter is asked for there too.
import { describe, expect, it } from 'vitest';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { readOutbox } from '@/utils/store/outbox';
import type { Db } from '@/utils/store/schema';
import type { TalkMeta } from '@/utils/model/types';
import { NOTE_1, NOTE_2 } from '../model/records';
import { freshDb } from './fresh-db';

const meta: TalkMeta = {
  platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'When Containers Attack', speakers: [],
};

/** `db` whose transactions list, in order, each read asked for (`get <store>`) and each read answered (`answer`). */
function listingReads(db: Db, events: string[]): Db {
  const watchStore = (store: object, name: string) => new Proxy(store, {
    get(s, k) {
      const value = Reflect.get(s, k, s) as unknown;
      if (typeof value !== 'function') return value;
      if (k !== 'get') return value.bind(s);
      return (query: unknown) => {
        events.push(`get ${name}`);
        return (value as (q: unknown) => Promise<unknown>).call(s, query).then((r) => (events.push('answer'), r));
      };
    },
  });
  const watchTx = (tx: object) => new Proxy(tx, {
    get(t, k) {
      const value = Reflect.get(t, k, t) as unknown;
      if (k === 'objectStore') return (name: string) => watchStore((value as (n: string) => object).call(t, name), name);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
  return new Proxy(db, {
    get(d, k) {
      const value = Reflect.get(d, k, d) as unknown;
      if (k === 'transaction') return (...args: unknown[]) => watchTx((value as (...a: unknown[]) => object).apply(d, args));
      return typeof value === 'function' ? value.bind(d) : value;
    },
  });
}

/** The reads asked for after the first one was answered. */
const late = (events: string[]) => events.slice(events.indexOf('answer')).filter((e) => e !== 'answer');

describe("a note's save reads in one round", () => {
  it('asks for the talk, the note, its count, its sheet and the outbox counter before any answer', async () => {
    const db = await freshDb();
    await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one' }, meta, 1000);
    const events: string[] = [];
    await saveNote(listingReads(db, events), { id: NOTE_2, at: 2, kind: 'note', text: 'two' }, meta, 2000);
    expect(events.filter((e) => e !== 'answer').sort()).toEqual(['get counts', 'get notes', 'get sheets', 'get syncOutbox', 'get talks']);
    expect(late(events)).toEqual([]);
    // Listed under the next counter, as when the counter was read later.
    const { records, mark } = await readOutbox(db);
    expect(mark).toBe(2);
    expect(records.notes.map((n) => n.id).sort()).toEqual([NOTE_1, NOTE_2].sort());
  });

  it('a deletion asks for the outbox counter beside the note', async () => {
    const db = await freshDb();
    await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one' }, meta, 1000);
    const events: string[] = [];
    await setNoteDeleted(listingReads(db, events), NOTE_1, true, 2000);
    expect(events.indexOf('get syncOutbox')).toBeLessThan(events.indexOf('answer'));
    expect((await readOutbox(db)).mark).toBe(2);
  });
});
