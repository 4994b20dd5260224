import type { BackupProgramme } from '@/utils/formats/programme-backup';
import { mergeProgramme, samePlainData } from '@/utils/formats/schedule/merge';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { entryKey, type StoredEntry, type StoredProgramme } from '@/utils/model/programme-records';
import type { IDBPTransaction } from 'idb';
import type { Db, TalkNotesDB, WriteTx } from '@/utils/store/schema';

/** Every stored programme with its entries, as a backup holds them. */
export async function readBackupProgrammes(db: Db): Promise<BackupProgramme[]> {
  const tx = db.transaction(['programmes', 'programmeEntries'], 'readonly');
  const [headers, entries] = await Promise.all([tx.objectStore('programmes').getAll(), tx.objectStore('programmeEntries').getAll()]);
  await tx.done;
  const by = new Map<string, BackupProgramme>(headers.map((h) => [h.conferenceId, { ...h, entries: [] }]));
  for (const { key: _k, conferenceId, ...entry } of entries) by.get(conferenceId)?.entries.push(entry);
  return [...by.values()];
}

/** What restoring programmes wrote: how many programmes were new or changed. */
export interface ProgrammeRestore {
  programmes: number;
}

/**
 * Writes a backup's programmes into `tx` (which spans `programmes` and `programmeEntries`): a
 * programme the store lacks as it is; one it holds merged as a re-import is (the same event by
 * guid, else id; the later import's details win; an event only one side lists is kept, marked
 * cancelled when it is the earlier side's), and an entry opened on either side stays opened.
 */
export async function restoreProgrammes(writer: WriteTx, incoming: readonly BackupProgramme[]): Promise<{ writes: Promise<unknown>[]; restored: ProgrammeRestore }> {
  const tx = writer as unknown as IDBPTransaction<TalkNotesDB, ['programmes', 'programmeEntries'], 'readwrite'>;
  const writes: Promise<unknown>[] = [];
  let changed = 0;
  for (const backup of incoming) {
    const { conferenceId } = backup;
    const range = IDBKeyRange.bound([conferenceId, ''], [conferenceId, '\uffff']);
    const [header, stored] = await Promise.all([
      tx.objectStore('programmes').get(conferenceId),
      tx.objectStore('programmeEntries').index('byConferenceStart').getAll(range),
    ]);
    const theirs = programmeOf(backup, backup.entries);
    const ours = header ? programmeOf(header, stored) : null;
    const [earlier, later, latest] = ours === null || backup.importedAt > header!.importedAt ? [ours, theirs, backup] : [theirs, ours, header!];
    const merged = mergeProgramme(earlier, later!).programme;
    const opened = new Map<string, number>();
    for (const e of [...stored, ...backup.entries]) {
      const key = entryKey(conferenceId, e);
      if (e.openedAt !== undefined) opened.set(key, Math.max(opened.get(key) ?? 0, e.openedAt));
    }
    const record: StoredProgramme = { format: merged.format, version: merged.version, conference: merged.conference, days: merged.days, conferenceId, importedAt: latest.importedAt };
    const next: StoredEntry[] = merged.entries.map((e) => {
      const key = entryKey(conferenceId, e);
      const openedAt = opened.get(key);
      return { ...e, key, conferenceId, ...(openedAt !== undefined ? { openedAt } : {}) };
    });
    if (header && samePlainData(header, record) && samePlainData(sortByKey(stored), sortByKey(next))) continue;
    changed++;
    const gone = new Set(stored.map((e) => e.key));
    writes.push(tx.objectStore('programmes').put(record));
    for (const e of next) {
      gone.delete(e.key);
      writes.push(tx.objectStore('programmeEntries').put(e));
    }
    for (const key of gone) writes.push(tx.objectStore('programmeEntries').delete(key));
  }
  return { writes, restored: { programmes: changed } };
}

function programmeOf(header: Omit<Programme, 'entries'>, entries: readonly (ProgrammeEntry & { key?: string; conferenceId?: string; openedAt?: number })[]): Programme {
  return {
    format: header.format, version: header.version, conference: header.conference, days: header.days,
    entries: entries.map(({ key: _k, conferenceId: _c, openedAt: _o, ...e }) => e),
  };
}

function sortByKey(entries: StoredEntry[]): StoredEntry[] {
  return [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
