/**
 * Sheets: a talk's live notes, ten minutes of recording to a record. Derived from the notes
 * and written with them (see note-writes.ts), never backed up. Chromium's IndexedDB spends
 * 10–40 µs on each record it reads, so a conference of 20,000 notes read note by note takes
 * ~200 ms before anything is done with it; as ~1,000 sheets it takes ~50 ms. Ten minutes keeps
 * the sheet a save rewrites small even on a day-long stream full of notes.
 */
import type { IDBPTransaction } from 'idb';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import type { NoteChange, NoteSheet, ReadTx, TalkNotesDB, WriteTx } from '@/utils/store/schema';
import { byMoment } from '@/utils/model/moment-order';

export const SHEET_SECONDS = 600;

/** Where a sheet starts: the moment its ten minutes begin. */
export const sheetStart = (at: number): number => Math.floor(at / SHEET_SECONDS) * SHEET_SECONDS;

/** Every `[talkId, moment]` key of one talk, in the order of the recording: its sheets, or its notes in the byTalkMoment index. */
export const momentsOf = (talkId: TalkId): IDBKeyRange => IDBKeyRange.bound([talkId, -Infinity], [talkId, Infinity]);

interface SheetEdit {
  talkId: TalkId;
  from: number;
  /** Notes to take out: the ones no longer live here, and the ones put again. */
  drop: Set<NoteId>;
  put: Note[];
}

/** What these writes change on which sheets: a live note leaves its old sheet and joins (or replaces itself on) its new one. */
export function sheetEdits(changes: Iterable<NoteChange>): SheetEdit[] {
  const edits = new Map<string, SheetEdit>();
  const edit = (n: Note) => {
    const from = sheetStart(n.at);
    const key = `${n.talkId}\u0000${from}`;
    let e = edits.get(key);
    if (!e) edits.set(key, (e = { talkId: n.talkId, from, drop: new Set(), put: [] }));
    return e;
  };
  for (const { before, after } of changes) {
    if (before && before.deletedAt === undefined) edit(before).drop.add(before.id);
    if (after.deletedAt === undefined) {
      const e = edit(after);
      e.drop.add(after.id);
      e.put.push(after);
    }
  }
  return [...edits.values()];
}

type SheetsTx = IDBPTransaction<TalkNotesDB, ['sheets'], 'readwrite' | 'versionchange'>;

/** A stored sheet, read in the writer's transaction: by default now, or a read asked for earlier. */
export type SheetRead = (talkId: TalkId, from: number) => Promise<NoteSheet | undefined>;

/** Rewrites the sheets these writes change, in the caller's transaction (which must span 'sheets'); an emptied sheet is deleted. */
export function putSheets(writer: WriteTx, changes: Iterable<NoteChange>, read?: SheetRead): Promise<unknown>[] {
  const sheets = (writer as unknown as SheetsTx).objectStore('sheets');
  const get = read ?? ((talkId: TalkId, from: number) => sheets.get([talkId, from]));
  return sheetEdits(changes).map(({ talkId, from, drop, put }) =>
    get(talkId, from).then((sheet): Promise<unknown> => {
      const notes = (sheet?.notes ?? []).filter((n) => !drop.has(n.id)).concat(put).sort(byMoment);
      return notes.length > 0 ? sheets.put({ talkId, from, notes }) : sheets.delete([talkId, from]);
    }),
  );
}

/** A talk's live notes by moment, read from its sheets in the caller's transaction (which must span 'sheets'). */
export async function sheetNotes(reader: ReadTx, talkId: TalkId): Promise<Note[]> {
  const sheets = await (reader as unknown as IDBPTransaction<TalkNotesDB, ['sheets']>).objectStore('sheets').getAll(momentsOf(talkId));
  return sheets.flatMap((s) => s.notes);
}

/** Puts every stored live note on its sheet once: the upgrade that added the sheets store. */
export async function sheetStoredNotes(upgrade: WriteTx): Promise<void> {
  const notes = await (upgrade as unknown as IDBPTransaction<TalkNotesDB, ['notes']>).objectStore('notes').getAll();
  void putSheets(upgrade, notes.map((after) => ({ before: undefined, after })));
}
