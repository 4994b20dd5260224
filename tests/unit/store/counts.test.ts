// The stored count of live notes per talk is derived data: every way the store writes notes
// must keep it equal to counting the notes themselves, or the library lists wrong numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '@/utils/formats/backup';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { countChanges } from '@/utils/store/counts';
import type { Db } from '@/utils/store/db';
import { importBackup } from '@/utils/store/import';
import { setTalkDeleted } from '@/utils/store/library';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { aNote, TALK_1, TALK_2 } from '../model/records';
import { dataset } from './arbitraries';
import { freshDb } from './fresh-db';

const gone = (n: Note) => ({ ...n, deletedAt: 9 });

describe('counting the changes of a write', () => {
  it.each([
    ['a new note', undefined, aNote(), [[TALK_1, 1]]],
    ['a new tombstone (from another device)', undefined, gone(aNote()), []],
    ['an edit', aNote(), aNote({ text: 'edited' }), []],
    ['a delete', aNote(), gone(aNote()), [[TALK_1, -1]]],
    ['an undo of a delete', gone(aNote()), aNote(), [[TALK_1, 1]]],
  ] as const)('%s', (_, before, after, expected) => {
    expect([...countChanges([{ before, after }])]).toEqual(expected);
  });

  it('sums the changes per talk and leaves out talks that net zero', () => {
    const other = aNote({ id: '00000000-0000-4000-8000-000000000009' as NoteId, talkId: TALK_2 });
    expect([...countChanges([
      { before: undefined, after: aNote() },
      { before: aNote(), after: gone(aNote()) },
      { before: undefined, after: other },
    ])]).toEqual([[TALK_2, 1]]);
  });
});

/** What the counts must say: the live notes of the store, counted one by one. */
async function recount(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of await db.getAll('notes')) if (n.deletedAt === undefined) out[n.talkId] = (out[n.talkId] ?? 0) + 1;
  return out;
}

async function stored(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of await db.getAll('counts')) if (c.live !== 0) out[c.talkId] = c.live;
  return out;
}

const NOTE_IDS = [1, 2, 3, 4].map((i) => `00000000-0000-4000-8000-00000000000${i}` as NoteId);
const VIDEOS = [['youtube', 'dQw4w9WgXcQ'], ['vimeo', '76979871']] as const;
const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id: fc.constantFrom(...NOTE_IDS), video: fc.constantFrom(...VIDEOS) }),
  fc.record({ kind: fc.constant('deleteNote' as const), id: fc.constantFrom(...NOTE_IDS), yes: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteTalk' as const), video: fc.constantFrom(...VIDEOS), yes: fc.boolean() }),
  fc.record({ kind: fc.constant('import' as const), data: dataset }),
);

describe('the stored counts', () => {
  it('equal the live notes after any sequence of saves, deletes, undos, talk deletes and imports', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const db = await freshDb();
        let now = 10;
        for (const o of ops) {
          now++;
          // Refusals (a note of another talk, an unknown id) are part of the sequence: they must change nothing.
          const ignore = () => undefined;
          if (o.kind === 'save') {
            const [platform, videoId] = o.video;
            const meta = { platform, videoId, url: `https://example.org/${videoId}`, title: 'T', speakers: [] };
            await saveNote(db, { id: o.id, at: 1, kind: 'note', text: 'x' }, meta, now).catch(ignore);
          } else if (o.kind === 'deleteNote') await setNoteDeleted(db, o.id, o.yes, now).catch(ignore);
          else if (o.kind === 'deleteTalk') await setTalkDeleted(db, `${o.video[0]}:${o.video[1]}` as TalkId, o.yes, now).catch(ignore);
          else await importBackup(db, serializeBackup(o.data)).catch(ignore);
        }
        expect(await stored(db)).toEqual(await recount(db));
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});
