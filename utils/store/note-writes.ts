import type { IDBPTransaction } from 'idb';
import type { Note } from '@/utils/model/types';
import { putCounts } from '@/utils/store/counts';
import type { NoteChange, TalkNotesDB, WriteTx } from '@/utils/store/schema';
import { putSheets } from '@/utils/store/sheets';


/** The stores a transaction that writes notes must span: the notes and what is derived from them. */
export const NOTE_STORES = ['notes', 'counts', 'sheets'] as const;

/** The changes of writing `written` over notes read in the same transaction (`existing`, any superset of the ones replaced). */
export function changesOver(existing: readonly Note[], written: readonly Note[]): NoteChange[] {
  const before = new Map(existing.map((n) => [n.id, n]));
  return written.map((after) => ({ before: before.get(after.id), after }));
}


/**
 * Puts the changed notes and moves what is derived from them (their talks' counts, the sheets
 * they sit on) in the caller's write transaction, which must span NOTE_STORES: notes and
 * derived records commit or fail together. Returns the writes for `committed()`.
 */
export function putNotes(writer: WriteTx, changes: readonly NoteChange[]): Promise<unknown>[] {
  const notes = (writer as unknown as IDBPTransaction<TalkNotesDB, ['notes'], 'readwrite'>).objectStore('notes');
  return [...changes.map(({ after }) => notes.put(after)), ...putCounts(writer, changes), ...putSheets(writer, changes)];
}
