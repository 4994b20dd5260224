/**
 * The library's view of the store, kept in the background's memory so that listing talks with
 * their note counts and searching 50,000 notes as the user types stay within a few
 * milliseconds. The background is the store's only writer and calls `touched()` after each
 * write; the next use then reads the talks, the conferences and the writes logged since the
 * last one (store/search-persist.ts: every note write is logged in its own transaction, whatever
 * its stamps). Uses with no write between them read nothing: a keystroke costs the search alone.
 *
 * A stopped background loses it: the first use after a start reads the snapshot the index left
 * in the store (one record) and the writes logged after it; without one, every sheet. Once the
 * worker is quiet, a new snapshot is stored when the log has grown or the sheets were read.
 */
import type { TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';
import type { Db, SearchLogEntry } from '@/utils/store/schema';
import { logState, readCatchUp, readSnapshot, SNAPSHOT_FORMAT, writeSnapshot, type CatchUp } from '@/utils/store/search-persist';
import { fromColumns, toColumns } from '@/utils/background/search/columns';
import { NoteRows } from '@/utils/background/search/rows';
import { readEverySheet } from '@/utils/background/search/read-sheets';
import { createSearch } from '@/utils/background/search/search';

export { SEARCH_LIMIT } from '@/utils/background/search/search';

/** Sheets per read while the index is built ahead of need (about a thousand notes): the worker answers other requests between reads. */
const SHEETS_PER_READ = 50;
/**
 * How long the library must be quiet before the index is built ahead of need: long enough for
 * the page to draw the list it just got (a build at the same time slows that on two cores),
 * short enough that a search or export a second later finds the index ready.
 */
const WARM_AFTER_MS = 300;
/**
 * Quiet after a build or a write before a snapshot is stored (~10 MB for 50,000 notes) or the log
 * looked after: not in the middle of a burst of requests, and long before the browser stops an idle worker (30 s).
 */
const PERSIST_AFTER_MS = 1000;
/** Logged writes after which a new snapshot is worth storing: each start reads and applies them all. */
const LOG_ENTRIES_MAX = 100;

export interface IndexOptions {
  /** The store, for the upkeep done when the worker is quiet after writes (none without it). */
  db?: () => Promise<Db>;
  batch?: number;
  /** Quiet before a snapshot is stored or the log looked after. */
  quietMs?: number;
  /** False for a reader beside the background (the library page's copy): it never writes the store. */
  keepsSnapshot?: boolean;
}

export type LibraryIndex = ReturnType<typeof createLibraryIndex>;

export function createLibraryIndex({ db: store, batch = SHEETS_PER_READ, quietMs = PERSIST_AFTER_MS, keepsSnapshot = true }: IndexOptions = {}) {
  let built = false;
  let stale = true;
  /** Bumped whenever what the index holds may have changed. */
  let version = 0;
  /** The last logged write the index holds. */
  let seen = 0;
  /** Logged writes the index holds that the stored snapshot does not (Infinity: it holds none of them). */
  let unsaved = Infinity;
  let last: Promise<unknown> = Promise.resolve();
  /** The store of the last read: where a snapshot goes. */
  let lastDb: Db | undefined;
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  let talks: Talk[] = [];
  let conferences: Conference[] = [];
  let rows = new NoteRows();
  // One read at a time: an older read applied after a newer one would bring back old text.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  };

  /**
   * Brings the index up to date with the store: reads only if a write happened since the last
   * read began. `waited`: someone waits on it (a search), so a build from the sheets reads them
   * in one request rather than a few at a time (each read is a round trip to the browser's database).
   */
  function refresh(db: Db, waited = false): Promise<void> {
    lastDb = db;
    if (!stale) return last.then(() => {});
    // Cleared before reading: a write that commits while this read runs marks it stale again.
    stale = false;
    const run = serial(() => load(db, waited ? Infinity : batch));
    void run.catch(() => (stale = true));
    last = run;
    return run;
  }

  async function load(db: Db, size: number): Promise<void> {
    if (!built && (await restore(db))) return;
    if (!built) return rebuild(db, size);
    const caught = await readCatchUp(db, seen);
    if (caught.entries.some((e) => 'reset' in e)) return rebuild(db, size);
    apply(caught);
  }

  /** From the stored snapshot and the writes after it; false when there is none to use. */
  async function restore(db: Db): Promise<boolean> {
    const read = await readSnapshot(db);
    if (!read) return false;
    try {
      rows = new NoteRows(fromColumns(read.snapshot.columns));
    } catch {
      return false; // damaged: the sheets say the same
    }
    seen = read.snapshot.upTo;
    unsaved = 0;
    built = true;
    apply(read);
    return true;
  }

  async function rebuild(db: Db, size: number): Promise<void> {
    const { notes, from } = await readEverySheet(db, size);
    rows = new NoteRows();
    for (const note of notes) rows.put(note);
    seen = from;
    unsaved = Infinity;
    built = true;
    const caught = await readCatchUp(db, seen);
    if (caught.entries.some((e) => 'reset' in e)) return rebuild(db, size);
    apply(caught);
  }

  function apply({ entries, last: upTo, talks: t, conferences: c }: CatchUp): void {
    for (const entry of entries as Exclude<SearchLogEntry, { reset: true }>[]) for (const note of entry.notes) rows.put(note);
    rows.sort();
    unsaved += upTo - seen;
    seen = upTo;
    talks = t.filter((x) => x.deletedAt === undefined);
    conferences = c.filter((x) => x.deletedAt === undefined);
    version++;
    if (keepsSnapshot && unsaved >= LOG_ENTRIES_MAX) persistLater();
  }

  function persistLater(): void {
    clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      persistTimer = undefined;
      void persist(LOG_ENTRIES_MAX).catch(() => {}); // for a later start: a failure costs that start the sheets
    }, quietMs);
  }

  /** Stores what the index holds as the snapshot, with the last logged write it holds, if it holds `least` writes the snapshot does not. */
  function persist(least: number): Promise<void> {
    return serial(async () => {
      if (!keepsSnapshot || !built || !lastDb || unsaved < least) return;
      const upTo = seen;
      await writeSnapshot(lastDb, { key: 'notes', format: SNAPSHOT_FORMAT, upTo, columns: toColumns(rows.all()) });
      unsaved = seen - upTo;
    });
  }

  /**
   * After writes, once the worker is quiet: the log is not let grow while nobody searches (a
   * background that only saves notes from the sidebar). The index catches up (or is built when
   * there is no snapshot or the log is long), and a snapshot follows if the log it holds is long.
   */
  let upkeepTimer: ReturnType<typeof setTimeout> | undefined;
  function upkeepLater(): void {
    if (!store) return;
    clearTimeout(upkeepTimer);
    upkeepTimer = setTimeout(() => void upkeep().catch(() => {}), quietMs);
  }
  async function upkeep(): Promise<void> {
    const db = await store!();
    if (built) return refresh(db);
    const { logged, snapshot } = await logState(db);
    if (!snapshot || logged >= LOG_ENTRIES_MAX) await refresh(db);
  }

  const search = createSearch(() => ({ version, talks, notesOf: (talkId) => rows.of(talkId) }));
  return {
    refresh,
    search,
    /** Builds the index once nothing asked for `quietMs` (each call restarts the wait). */
    warmLater(db: Db, quietMs = WARM_AFTER_MS): void {
      clearTimeout(warmTimer);
      warmTimer = setTimeout(() => void refresh(db).catch(() => {}), quietMs);
    },
    /**
     * From the stored snapshot if there is one to use (a record and the writes after it, far
     * quicker than every sheet): whether the index is built now.
     */
    restore(db: Db): Promise<boolean> {
      lastDb = db;
      if (built) return Promise.resolve(true);
      return serial(async () => built || (await restore(db)));
    },
    /** Stores the snapshot now if the stored one is behind (done by itself once the worker is quiet). */
    saveSnapshot: (): Promise<void> => persist(1),
    /** The writes after the ones it holds are no longer in the log: the next refresh starts again from the snapshot. */
    forget(): void {
      built = false;
      stale = true;
    },
    /** The store changed: the next refresh catches up. */
    touched(): void {
      stale = true;
      upkeepLater();
    },
    /** Whether a refresh has read every note once (until then, counts and searches know nothing). */
    built: (): boolean => built,
    /** Changes whenever what the index holds may have. */
    version: (): number => version,
    /** The last logged write the index holds (store/search-persist.ts). */
    seen: (): number => seen,
    /** Live talks and conferences as of the last refresh. */
    talks: (): readonly Talk[] => talks,
    conferences: (): readonly Conference[] => conferences,
    /** Live notes of a talk as of the last refresh. */
    count: (talkId: TalkId): number => rows.count(talkId),
    /** Live notes of a talk by moment, as of the last refresh. */
    notes: (talkId: TalkId): Note[] => rows.of(talkId).map((e) => e.note),
  };
}
