// Counts and sheets are derived from the notes and written with them: every way the store
// writes notes must keep them equal to what the notes themselves say, or the library lists
// wrong numbers and an export leaves out (or brings back) notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '@/utils/formats/backup';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { importBackup } from '@/utils/store/import';
import { setTalkDeleted } from '@/utils/store/library';
import { byMoment } from '@/utils/model/moment-order';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { sheetStart } from '@/utils/store/sheets';
import { dataset } from './arbitraries';
import { freshDb } from './fresh-db';

/** What the counts and sheets must say: the live notes of the store, counted and grouped one by one. */
async function fromNotes(db: Db) {
  const live = (await db.getAll('notes')).filter((n) => n.deletedAt === undefined);
  const counts: Record<string, number> = {};
  const sheets: Record<string, unknown[]> = {};
  for (const n of live.sort(byMoment)) {
    counts[n.talkId] = (counts[n.talkId] ?? 0) + 1;
    (sheets[`${n.talkId} ${sheetStart(n.at)}`] ??= []).push(n);
  }
  return { counts, sheets };
}

async function stored(db: Db) {
  const counts: Record<string, number> = {};
  for (const c of await db.getAll('counts')) if (c.live !== 0) counts[c.talkId] = c.live;
  // An empty sheet is never kept: it would show here as an empty list and fail the comparison.
  const sheets = Object.fromEntries((await db.getAll('sheets')).map((s) => [`${s.talkId} ${s.from}`, s.notes]));
  return { counts, sheets };
}

const NOTE_IDS = [1, 2, 3, 4].map((i) => `00000000-0000-4000-8000-00000000000${i}` as NoteId);
const VIDEOS = [['youtube', 'dQw4w9WgXcQ'], ['vimeo', '76979871']] as const;
/** Moments on both sides of sheet edges, so edits move notes from sheet to sheet. */
const MOMENTS = [0, 1, 599, 600, 1_300];
const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id: fc.constantFrom(...NOTE_IDS), video: fc.constantFrom(...VIDEOS), at: fc.constantFrom(...MOMENTS) }),
  fc.record({ kind: fc.constant('deleteNote' as const), id: fc.constantFrom(...NOTE_IDS), yes: fc.boolean() }),
  fc.record({ kind: fc.constant('deleteTalk' as const), video: fc.constantFrom(...VIDEOS), yes: fc.boolean() }),
  fc.record({ kind: fc.constant('import' as const), data: dataset }),
);

describe('the stored counts and sheets', () => {
  it('equal the live notes after any sequence of saves, moves, deletes, undos, talk deletes and imports', async () => {
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
            await saveNote(db, { id: o.id, at: o.at, kind: 'note', text: `x${now}` }, meta, now).catch(ignore);
          } else if (o.kind === 'deleteNote') await setNoteDeleted(db, o.id, o.yes, now).catch(ignore);
          else if (o.kind === 'deleteTalk') await setTalkDeleted(db, `${o.video[0]}:${o.video[1]}` as TalkId, o.yes, now).catch(ignore);
          else await importBackup(db, serializeBackup(o.data)).catch(ignore);
        }
        expect(await stored(db)).toEqual(await fromNotes(db));
        db.close();
      }),
      { numRuns: 80 },
    );
  });
});
