import { parseBackup, serializeBackup } from '@/utils/formats/backup';
import type { Dataset } from '@/utils/model/dataset';
import type { ImportSummary, RecordCounts } from '@/utils/model/replies';
import type { Db } from '@/utils/store/schema';
import { mergeDatasets } from '@/utils/store/merge';
import { committed } from '@/utils/store/notes';
import { changesOver, NOTE_STORES, putNotes } from '@/utils/store/note-writes';

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

/** The whole store as a backup file: `talk-notes-backup-2024-05-01.json`. */
export async function backupStore(db: Db, now = new Date()): Promise<Backup> {
  const text = serializeBackup(await readDataset(db), now);
  return { filename: `talk-notes-backup-${now.toISOString().slice(0, 10)}.json`, text };
}

export interface ImportResult {
  summary: ImportSummary;
  /** The records written, for telling open views. */
  changed: Dataset;
}

/**
 * Merges a backup file into the store (see merge.ts): the file is read and checked whole
 * first, and the merge is read and written in ONE transaction, so a bad file writes nothing
 * (parseBackup's BackupError reaches the caller) and nothing written meanwhile is lost.
 */
export async function importBackup(db: Db, text: string): Promise<ImportResult> {
  const incoming = parseBackup(text);
  const tx = db.transaction(['talks', 'conferences', 'marks', ...NOTE_STORES], 'readwrite');
  const [talks, notes, conferences, marks] = await Promise.all([
    tx.objectStore('talks').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('conferences').getAll(),
    tx.objectStore('marks').getAll(),
  ]);
  const { changed } = mergeDatasets({ talks, notes, conferences, marks }, incoming);
  await committed(tx, [
    ...changed.talks.map((t) => tx.objectStore('talks').put(t)),
    ...putNotes(tx, changesOver(notes, changed.notes)),
    ...changed.conferences.map((c) => tx.objectStore('conferences').put(c)),
    ...changed.marks.map((m) => tx.objectStore('marks').put(m)),
  ]);
  return { summary: { read: countOf(incoming), changed: countOf(changed) }, changed };
}

export function countOf(data: Dataset): RecordCounts {
  return { talks: data.talks.length, notes: data.notes.length, conferences: data.conferences.length, marks: data.marks.length };
}
