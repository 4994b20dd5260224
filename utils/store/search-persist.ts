/**
 * What the library's search keeps between two lives of the background (it is stopped when idle,
 * and its in-memory index with it): a snapshot of every live note as columns, read in one get,
 * and a log of every note write since. The log is written by putNotes in the write's own
 * transaction, so no write can commit without it; the snapshot names the last log key it holds,
 * so a reader takes the snapshot and then exactly the writes after it. Schema step 10.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Conference, Talk } from '@/utils/model/types';
import type { Db, NoteChange, ReadTx, SearchLogEntry, SearchSnapshot, TalkNotesDB, WriteTx } from '@/utils/store/schema';

export const SEARCH_LOG = 'searchLog' as const;
export const SEARCH_SNAPSHOT = 'searchSnapshot' as const;
export const EXPORT_CACHE = 'exportCache' as const;
/**
 * A write of more notes than this (an import, a first sync) is logged as a reset: the reader
 * reads the sheets again, which is quicker than applying them one by one, and the log stays small.
 */
export const LOGGED_NOTES_MAX = 1000;
/** The snapshot's shape; a snapshot of another (written by another version) is not read. */
export const SNAPSHOT_FORMAT = 2;

/** Schema step 10, whole in one place: the log by a growing key, the snapshot under one key, the exports by conference. */
export function addSearchStores(db: IDBPDatabase<TalkNotesDB>): void {
  db.createObjectStore(SEARCH_LOG, { autoIncrement: true });
  db.createObjectStore(SEARCH_SNAPSHOT, { keyPath: 'key' });
  db.createObjectStore(EXPORT_CACHE, { keyPath: 'conferenceId' });
}

type LogTx = IDBPTransaction<TalkNotesDB, [typeof SEARCH_LOG, typeof SEARCH_SNAPSHOT], 'readwrite' | 'versionchange'>;

/**
 * Logs the notes these writes leave, in the caller's write transaction (which must span
 * SEARCH_LOG and SEARCH_SNAPSHOT). A reset also deletes the snapshot, which no longer serves:
 * the background then sees at once that it has none to keep.
 */
export function logNoteWrites(writer: WriteTx, changes: readonly NoteChange[]): Promise<unknown> {
  if (changes.length === 0) return Promise.resolve();
  const tx = writer as unknown as LogTx;
  if (changes.length <= LOGGED_NOTES_MAX) return tx.objectStore(SEARCH_LOG).add({ notes: changes.map((c) => c.after) });
  return Promise.all([tx.objectStore(SEARCH_LOG).add({ reset: true }), tx.objectStore(SEARCH_SNAPSHOT).delete('notes')]);
}

/** The log's entries after a key, in the order they were written. */
export interface LogTail {
  entries: SearchLogEntry[];
  /** The last key read (or `after` when none). */
  last: number;
}

/** What the index reads when it catches up: the talks, the conferences and the writes after `after`. */
export interface CatchUp extends LogTail {
  talks: Talk[];
  conferences: Conference[];
}

type SearchReadTx = IDBPTransaction<TalkNotesDB, (typeof SEARCH_LOG | 'talks' | 'conferences' | typeof SEARCH_SNAPSHOT)[], 'readonly'>;

async function tailOf(tx: SearchReadTx, after: number): Promise<LogTail> {
  const store = tx.objectStore(SEARCH_LOG);
  const range = IDBKeyRange.lowerBound(after, true);
  const [keys, entries] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  return { entries, last: keys.length > 0 ? keys[keys.length - 1]! : after };
}

/** Talks, conferences and the log after `after`, in one transaction. */
export async function readCatchUp(db: Db, after: number): Promise<CatchUp> {
  const tx = db.transaction(['talks', 'conferences', SEARCH_LOG], 'readonly') as unknown as SearchReadTx;
  const [talks, conferences, tail] = await Promise.all([tx.objectStore('talks').getAll(), tx.objectStore('conferences').getAll(), tailOf(tx, after)]);
  await tx.done;
  return { talks, conferences, ...tail };
}

/**
 * The snapshot with the talks, conferences and writes after it, in one transaction; null when
 * there is none or a write after it was too large to list (the sheets must be read).
 */
export async function readSnapshot(db: Db): Promise<(CatchUp & { snapshot: SearchSnapshot }) | null> {
  const tx = db.transaction(['talks', 'conferences', SEARCH_LOG, SEARCH_SNAPSHOT], 'readonly') as unknown as SearchReadTx;
  const snapshot = await tx.objectStore(SEARCH_SNAPSHOT).get('notes');
  if (snapshot?.format !== SNAPSHOT_FORMAT) return null;
  const [talks, conferences, tail] = await Promise.all([tx.objectStore('talks').getAll(), tx.objectStore('conferences').getAll(), tailOf(tx, snapshot.upTo)]);
  await tx.done;
  if (tail.entries.some((e) => 'reset' in e)) return null;
  return { snapshot, talks, conferences, ...tail };
}

/** The last key the log gave (0: none yet), read in the caller's transaction: where a build from the sheets starts its catch-up. */
export async function lastLogged(tx: ReadTx): Promise<number> {
  const cursor = await (tx as unknown as SearchReadTx).objectStore(SEARCH_LOG).openKeyCursor(null, 'prev');
  return cursor?.key ?? 0;
}

/**
 * The log's first and last keys (0 when empty), in one transaction: a reader that holds the
 * writes up to `seen` has all the later ones still to read while `first <= seen + 1` (a snapshot
 * forgets only the writes before its own last one); a reader beside the background checks this
 * before each use, since only the background is told of its writes.
 */
export async function readLogBounds(db: Db): Promise<{ first: number; last: number }> {
  // Two requests sent together, and not waiting for the commit: one round trip to the browser's
  // database, which the page pays on every keystroke.
  const tx = db.transaction(SEARCH_LOG, 'readonly');
  const [first, last] = await Promise.all([tx.objectStore(SEARCH_LOG).getKey(IDBKeyRange.lowerBound(0)), lastLogged(tx as unknown as ReadTx)]);
  return { first: first ?? 0, last };
}

/**
 * Stores a snapshot and forgets the writes it holds, in one transaction; the last of them stays,
 * so the log's last key is always the last write's (what a cached export is checked against).
 */
export async function writeSnapshot(db: Db, snapshot: SearchSnapshot): Promise<void> {
  const tx = db.transaction([SEARCH_LOG, SEARCH_SNAPSHOT], 'readwrite');
  await Promise.all([tx.objectStore(SEARCH_SNAPSHOT).put(snapshot), tx.objectStore(SEARCH_LOG).delete(IDBKeyRange.upperBound(snapshot.upTo, true)), tx.done]);
}

/** How many writes wait in the log (the snapshot's last kept), and whether a snapshot is stored. */
export async function logState(db: Db): Promise<{ logged: number; snapshot: boolean }> {
  const tx = db.transaction([SEARCH_LOG, SEARCH_SNAPSHOT], 'readonly');
  const [logged, key] = await Promise.all([tx.objectStore(SEARCH_LOG).count(), tx.objectStore(SEARCH_SNAPSHOT).getKey('notes'), tx.done]);
  return { logged: key === undefined ? logged : Math.max(0, logged - 1), snapshot: key !== undefined };
}
