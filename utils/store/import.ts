import { readBackup, serializeBackup, type BackupExtras } from '@/utils/formats/backup';
import { readBackupProgrammes, restoreProgrammes } from '@/utils/store/programme-restore';
import { mergeSlideImages, readSlideImageData } from '@/utils/store/slides';
import { parseWebAnnotations } from '@/utils/formats/web-annotation-import';
import type { Dataset } from '@/utils/model/dataset';
import type { Note } from '@/utils/model/types';
import type { ImportSummary, RecordCounts } from '@/utils/model/replies';
import type { Db } from '@/utils/store/schema';
import { mergeDatasets, stampOf } from '@/utils/store/merge';
import { abort, committed } from '@/utils/store/notes';
import { changesOver, NOTE_STORES, putNotes } from '@/utils/store/note-writes';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';

/** Every record in the store, tombstones included, read in one transaction. */
export async function readDataset(db: Db): Promise<Dataset> {
  const tx = db.transaction(['talks', 'notes', 'conferences', 'marks'], 'readonly');
  const [talks, notes, conferences, marks] = await Promise.all([
    tx.objectStore('talks').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('conferences').getAll(),
    tx.objectStore('marks').getAll(),
  ]);
  await tx.done;
  return { talks, notes, conferences, marks };
}

export interface Backup {
  filename: string;
  text: string;
}

/** The whole store as a backup file, programmes included: `talk-notes-backup-2024-05-01.json`. */
export async function backupStore(db: Db, now = new Date()): Promise<Backup> {
  const [data, programmes, images] = await Promise.all([readDataset(db), readBackupProgrammes(db), readSlideImageData(db)]);
  const text = serializeBackup(data, now, { programmes, images });
  return { filename: `talk-notes-backup-${now.toISOString().slice(0, 10)}.json`, text };
}

export interface ImportResult {
  summary: ImportSummary;
  /** How many programmes a restore added or changed (0 for other imports). */
  programmes: number;
  /** The records written, for telling open views. */
  changed: Dataset;
}

/**
 * Merges a backup file into the store (see merge.ts): the file is read and checked whole
 * first, so a bad file writes nothing (parseBackup's BackupError reaches the caller).
 */
export async function importBackup(db: Db, text: string): Promise<ImportResult> {
  const { data, programmes, images, problems } = readBackup(text);
  const result = await mergeIntoStore(db, () => data, true, { programmes, images });
  return problems.length > 0 ? { ...result, summary: { ...result.summary, problems } } : result;
}

/**
 * Merges records read from the sync server: as an import, but they are not listed for the
 * next sync to send (they are on the server already).
 */
export function mergeFromServer(db: Db, incoming: Dataset): Promise<ImportResult> {
  return mergeIntoStore(db, () => incoming, false);
}

/**
 * Merges the notes of a W3C Web Annotation file (web-annotation-import.ts) into the store. The
 * file is read against the talks of this same transaction, so no talk can be deleted between
 * the check that a note's recording is in the library and the note's write.
 */
export async function importWebAnnotations(db: Db, text: string, now: number): Promise<ImportResult> {
  return mergeIntoStore(db, (stored) => {
    const read = parseWebAnnotations(text, { talks: stored.talks, now });
    return { ...read, notes: broughtBack(stored.notes, read.notes, now) };
  }, true);
}

/**
 * The file's notes, those deleted here stamped `now` so the merge brings them back. The file
 * holds no tombstones, only notes someone chose to import: a delete here is not a later word
 * on them, as it is between two devices' backups. A note edited here since still keeps its edit.
 */
function broughtBack(stored: readonly Note[], incoming: Note[], now: number): Note[] {
  const deleted = new Map(stored.filter((n) => n.deletedAt !== undefined).map((n) => [n.id, n]));
  return incoming.map((note) => {
    const gone = deleted.get(note.id);
    return gone && stampOf(gone) >= stampOf(note) ? { ...note, updatedAt: Math.max(now, stampOf(gone) + 1) } : note;
  });
}

/**
 * Reads the store and writes the merge of `incoming` (see merge.ts) in ONE transaction, so
 * nothing written meanwhile is lost. `incoming` gets the stored records and may throw: the
 * transaction is then aborted, having written nothing. With `local`, what changed is listed
 * for the next sync to send: a file imported here is news to the other devices.
 */
async function mergeIntoStore(
  db: Db,
  incoming: (stored: Dataset) => Dataset,
  local: boolean,
  { programmes = [], images = [] }: BackupExtras = {},
): Promise<ImportResult> {
  const tx = db.transaction(['talks', 'conferences', 'marks', 'slideImages', ...NOTE_STORES, OUTBOX, ...(programmes.length > 0 ? PROGRAMME_STORES : [])], 'readwrite');
  const [talks, notes, conferences, marks] = await Promise.all([
    tx.objectStore('talks').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('conferences').getAll(),
    tx.objectStore('marks').getAll(),
  ]);
  let read: Dataset;
  try {
    read = incoming({ talks, notes, conferences, marks });
  } catch (error) {
    throw abort(tx, error instanceof Error ? error : new Error(String(error)));
  }
  const { changed } = mergeDatasets({ talks, notes, conferences, marks }, read);
  const restore = programmes.length > 0 ? await restoreProgrammes(tx, programmes) : { writes: [], restored: { programmes: 0 } };
  const merged = await mergeSlideImages(tx, images);
  await committed(tx, [
    ...restore.writes,
    ...merged.writes,
    ...changed.talks.map((t) => tx.objectStore('talks').put(t)),
    ...putNotes(tx, changesOver(notes, changed.notes)),
    ...changed.conferences.map((c) => tx.objectStore('conferences').put(c)),
    ...changed.marks.map((m) => tx.objectStore('marks').put(m)),
    ...(local ? [queueOutbox(tx, changed)] : []),
  ]);
  return { summary: { read: countOf(read), changed: countOf(changed) }, changed, programmes: restore.restored.programmes };
}

const PROGRAMME_STORES = ['programmes', 'programmeEntries'] as const;

export function countOf(data: Dataset): RecordCounts {
  return { talks: data.talks.length, notes: data.notes.length, conferences: data.conferences.length, marks: data.marks.length };
}
