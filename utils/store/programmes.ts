import { conferenceOf, withProgrammeDays } from '@/utils/formats/schedule/conference-of';
import { byStart } from '@/utils/formats/schedule/entries';
import { mergeProgramme, samePlainData } from '@/utils/formats/schedule/merge';
import type { ConferenceId } from '@/utils/model/ids';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import {
  entryKey, type ProgrammeImportSummary, type ProgrammeView, type StoredEntry, type StoredProgramme,
} from '@/utils/model/programme-records';
import type { Conference } from '@/utils/model/types';
import { abort, committed, NotFoundError } from '@/utils/store/notes';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';
import type { Db } from '@/utils/store/schema';

export interface ProgrammeImport {
  summary: ProgrammeImportSummary;
  /** The conference when the import made or changed it (its days), for telling open views. */
  conference: Conference | null;
}

/**
 * Stores a programme read from a schedule file, in ONE transaction: as a new conference made
 * from its header (`into` null, the id from `newId`), or merged into the conference `into`
 * (merge.ts: the same event by guid, else id; an event no longer listed is kept, cancelled).
 * A conference that is not there (or deleted) aborts it: nothing is written.
 */
export async function importProgramme(
  db: Db,
  programme: Programme,
  into: ConferenceId | null,
  newId: () => ConferenceId,
  now = Date.now(),
): Promise<ProgrammeImport> {
  const tx = db.transaction(['conferences', 'programmes', 'programmeEntries', OUTBOX], 'readwrite');
  const conferences = tx.objectStore('conferences');
  const existing = into === null ? undefined : await conferences.get(into);
  if (into !== null && (!existing || existing.deletedAt !== undefined)) {
    throw abort(tx, new NotFoundError('That conference does not exist (it may have been deleted).'));
  }
  const conferenceId = into ?? newId();
  const [header, stored] = into === null ? [undefined, []] : await Promise.all([
    tx.objectStore('programmes').get(conferenceId),
    tx.objectStore('programmeEntries').index('byConferenceStart').getAll(startsOf(conferenceId)),
  ]);
  const previous: Programme | null = header ? { ...headerOf(header), entries: stored.map(entryOf) } : null;
  const merged = mergeProgramme(previous, programme);
  const conference = existing ? withProgrammeDays(existing, programme, stampAfter(now, existing)) : conferenceOf(programme, conferenceId, now);
  const record: StoredProgramme = { ...headerOf(merged.programme), conferenceId, importedAt: now };
  const gone = new Set(stored.map((e) => e.key));
  const before = new Map(stored.map((e) => [e.key, e]));
  // Whether a recording was opened is this browser's, not the schedule's: a re-import keeps it.
  const opened = new Map(stored.filter((e) => e.openedAt !== undefined).map((e) => [e.key, e.openedAt!]));
  const writes: Promise<unknown>[] = [tx.objectStore('programmes').put(record)];
  for (const e of merged.programme.entries) {
    const key = entryKey(conferenceId, e);
    gone.delete(key);
    const openedAt = opened.get(key);
    const next: StoredEntry = { ...e, key, conferenceId, ...(openedAt !== undefined ? { openedAt } : {}) };
    // An event the file did not change is not written again: the same file twice writes only its header.
    if (!samePlainData(before.get(key), next)) writes.push(tx.objectStore('programmeEntries').put(next));
  }
  // A stored entry whose key the merge no longer gives (an event that gained a guid) is the merged one's old copy.
  for (const key of gone) writes.push(tx.objectStore('programmeEntries').delete(key));
  if (conference) writes.push(conferences.put(conference), queueOutbox(tx, { conferences: [conference] }));
  await committed(tx, writes);
  const { added, updated, cancelled } = merged;
  return {
    summary: { conferenceId, created: into === null, added: added.length, updated: updated.length, cancelled: cancelled.length },
    conference,
  };
}

/** A conference's programme, its entries in schedule order. */
export async function readProgramme(db: Db, conferenceId: ConferenceId): Promise<ProgrammeView> {
  const tx = db.transaction(['programmes', 'programmeEntries'], 'readonly');
  const [header, stored] = await Promise.all([
    tx.objectStore('programmes').get(conferenceId),
    tx.objectStore('programmeEntries').index('byConferenceStart').getAll(startsOf(conferenceId)),
  ]);
  await tx.done;
  return {
    programme: header ?? null,
    entries: stored.map(entryOf).sort(byStart),
    opened: stored.filter((e) => e.openedAt !== undefined).map((e) => e.key),
  };
}

/** Notes that a recording of the entry `key` was opened at `now`; false when no such entry is stored. */
export async function markOpened(db: Db, key: string, now: number): Promise<boolean> {
  const tx = db.transaction(['programmeEntries'], 'readwrite');
  const entries = tx.objectStore('programmeEntries');
  const entry = await entries.get(key);
  if (!entry) {
    await tx.done;
    return false;
  }
  await committed(tx, [entries.put({ ...entry, openedAt: now })]);
  return true;
}

/** Every stored programme with its entries, for matching recordings against them. */
export async function readAllProgrammes(db: Db): Promise<{ programme: StoredProgramme; entries: StoredEntry[] }[]> {
  const tx = db.transaction(['programmes', 'programmeEntries'], 'readonly');
  const [headers, entries] = await Promise.all([tx.objectStore('programmes').getAll(), tx.objectStore('programmeEntries').getAll()]);
  await tx.done;
  const by = new Map(headers.map((h) => [h.conferenceId, { programme: h, entries: [] as StoredEntry[] }]));
  for (const e of entries) by.get(e.conferenceId)?.entries.push(e);
  return [...by.values()];
}

export { NotFoundError };

function startsOf(conferenceId: ConferenceId): IDBKeyRange {
  return IDBKeyRange.bound([conferenceId, ''], [conferenceId, '\uffff']);
}

function headerOf(p: Omit<Programme, 'entries'>): Omit<Programme, 'entries'> {
  return { format: p.format, version: p.version, conference: p.conference, days: p.days };
}

function entryOf(stored: StoredEntry): ProgrammeEntry {
  const { key: _k, conferenceId: _c, openedAt: _o, ...entry } = stored;
  return entry;
}
