import type { IDBPTransaction } from 'idb';
import type { TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { putCounts, type CountRead } from '@/utils/store/counts';
import type { NoteChange, TalkNotesDB, WriteTx } from '@/utils/store/schema';
import { logNoteWrites, SEARCH_LOG, SEARCH_SNAPSHOT } from '@/utils/store/search-persist';
import { putSheets, sheetStart, type SheetRead } from '@/utils/store/sheets';

/** The stores a transaction that writes notes must span: the notes and what is derived from them. */
export const NOTE_STORES = ['notes', 'counts', 'sheets', SEARCH_LOG, SEARCH_SNAPSHOT] as const;

/** The changes of writing `written` over notes read in the same transaction (`existing`, any superset of the ones replaced). */
export function changesOver(existing: readonly Note[], written: readonly Note[]): NoteChange[] {
  const before = new Map(existing.map((n) => [n.id, n]));
  return written.map((after) => ({ before: before.get(after.id), after }));
}


/**
 * Puts the changed notes and moves what is derived from them (their talks' counts, the sheets
 * they sit on, the search's log) in the caller's write transaction, which must span NOTE_STORES: notes and
 * derived records commit or fail together. Returns the writes for `committed()`.
 */
export function putNotes(writer: WriteTx, changes: readonly NoteChange[], ahead?: ReadAhead): Promise<unknown>[] {
  const notes = (writer as unknown as IDBPTransaction<TalkNotesDB, ['notes'], 'readwrite'>).objectStore('notes');
  return [...changes.map(({ after }) => notes.put(after)), ...putCounts(writer, changes, ahead?.count), ...putSheets(writer, changes, ahead?.sheet), logNoteWrites(writer, changes)];
}

/** The derived records a write will read, asked for before it is known: see `readAhead`. */
export interface ReadAhead {
  count: CountRead;
  sheet: SheetRead;
}

type DerivedTx = IDBPTransaction<TalkNotesDB, ['counts', 'sheets'], 'readwrite'>;

/**
 * Asks now, beside the caller's own first reads, for what writing a note at `at` on `talkId`
 * will read: the talk's count and the note's sheet. A save otherwise waits for two rounds of
 * reads in the browser's database before its writes (note and talk, then count and sheet), and
 * each round is a trip to the browser's process and back. Reads of other records (a note moved
 * to another sheet) are made when asked, as without it.
 */
export function readAhead(writer: WriteTx, talkId: TalkId, at: number): ReadAhead {
  const tx = writer as unknown as DerivedTx;
  const from = sheetStart(at);
  const count = tx.objectStore('counts').get(talkId);
  const sheet = tx.objectStore('sheets').get([talkId, from]);
  // An aborted transaction rejects them; whoever uses them sees that, nobody else should.
  for (const read of [count, sheet]) read.catch(() => {});
  return {
    count: (id) => (id === talkId ? count : tx.objectStore('counts').get(id)),
    sheet: (id, start) => (id === talkId && start === from ? sheet : tx.objectStore('sheets').get([id, start])),
  };
}
