import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ConferenceId, MarkId, NoteId, TalkId } from '@/utils/model/ids';
import type { StoredEntry, StoredProgramme } from '@/utils/model/programme-records';
import type { SlideImage } from '@/utils/model/slide';
import type { Conference, Draft, Note, Talk, TalkMark } from '@/utils/model/types';

export const DB_NAME = 'talk-notes';
/**
 * History of the schema; each step is a case in migrations.ts and has a migration test.
 * 1: talks, notes (by talk).
 * 2: conferences, drafts; talks by conference; notes by update time (for sync/merge).
 * 3: counts (live notes per talk, kept by every note write), so the library lists without reading notes.
 * 4: marks (talk starts marked by hand in a day's stream; before, in storage.local, outside backups);
 *    notes by talk and moment, so a sidebar reads a long talk's first screenful alone.
 * 5: sheets (live notes ten minutes of recording to a record, kept by every note write), so an
 *    export or the library's index reads a few hundred records instead of every note.
 * 6: programmes (a conference's imported schedule: its header) and programmeEntries (its events,
 *    by conference and start, slug and guid), so recordings find their talk (programme-stores.ts).
 * 7: none (set aside for a step that turned out to need none).
 * 8: slideImages (the images of slide notes, by note; slide-stores.ts).
 * 9: syncOutbox (the records written here that no sync has sent yet, by a local counter: outbox.ts).
 * 10: searchLog (every note write, in its transaction, under a growing key), searchSnapshot (the
 *     library index's notes as columns, stamped with the last log key they hold) and exportCache (a
 *     conference's last Markdown export, stamped the same way): search-persist.ts, export-cache.ts.
 *     A later step that changes notes outside putNotes must clear the snapshot and the exports.
 */
export const DB_VERSION = 10;

/** Derived, never backed up: how many live notes a talk has, written with the notes it counts. */
export interface NoteCount {
  talkId: TalkId;
  live: number;
}

/** Derived, never backed up: a talk's live notes from `from` to `from` + SHEET_SECONDS, by moment (sheets.ts). */
export interface NoteSheet {
  talkId: TalkId;
  from: number;
  notes: Note[];
}

export interface TalkNotesDB extends DBSchema {
  talks: {
    key: TalkId;
    value: Talk;
    indexes: { byConference: string };
  };
  notes: {
    key: NoteId;
    value: Note;
    indexes: { byTalk: string; byUpdated: number; byTalkMoment: [string, number] };
  };
  conferences: {
    key: ConferenceId;
    value: Conference;
  };
  drafts: {
    key: TalkId;
    value: Draft;
  };
  counts: {
    key: TalkId;
    value: NoteCount;
  };
  sheets: {
    key: [TalkId, number];
    value: NoteSheet;
  };
  marks: {
    key: MarkId;
    value: TalkMark;
    indexes: { byRecording: string };
  };
  programmes: {
    key: ConferenceId;
    value: StoredProgramme;
  };
  programmeEntries: {
    key: string;
    value: StoredEntry;
    indexes: { byConferenceStart: [string, string]; bySlug: string; byGuid: string };
  };
  slideImages: {
    key: string;
    value: SlideImage;
    indexes: { byNote: string };
  };
  searchLog: {
    key: number;
    value: SearchLogEntry;
  };
  searchSnapshot: {
    key: 'notes';
    value: SearchSnapshot;
  };
  exportCache: {
    key: ConferenceId;
    value: CachedExport;
  };
  syncOutbox: {
    key: string;
    /** The entries, and one value that is the counter (it has no `counter`, so no index lists it). */
    value: OutboxEntry | { key: string; last: number };
    indexes: { byCounter: number };
  };
}

/** A text per row, joined: row i is `joined.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface TextColumn {
  joined: string;
  ends: Uint32Array;
}

/**
 * Live notes as columns, a row per note: talk by talk (`talks`, with `counts` rows each), each
 * talk's by moment. Read as one record it costs a few copies of large arrays and strings,
 * where the same notes as sheets cost a record and tens of thousands of objects to decode.
 */
export interface NoteColumns {
  talks: TalkId[];
  counts: Uint32Array;
  ids: TextColumn;
  at: Float64Array;
  /** Each row's kind, as its place in `kinds`. */
  kinds: string[];
  kind: Uint8Array;
  text: TextColumn;
  /**
   * The text as search compares it (model/search.ts `fold`), a string per row: slices of one
   * joined string take two bytes a character as soon as any row needs them, and a keystroke's
   * scan of two-byte strings is about three times slower.
   */
  folded: string[];
  createdAt: Float64Array;
  updatedAt: Float64Array;
  /** A note's other fields (a slide), by row: kept as they are, whatever they are. */
  extra: [number, Record<string, unknown>][];
}

/** The library index's notes as of the write logged under `upTo` (search-persist.ts). */
export interface SearchSnapshot {
  key: 'notes';
  /** The shape of `columns` (search-persist.ts SNAPSHOT_FORMAT): another is not read, the sheets are. */
  format: number;
  upTo: number;
  columns: NoteColumns;
}

/** One write's notes as it left them, or `reset`: too many to list, read the sheets again. */
export type SearchLogEntry = { notes: Note[] } | { reset: true };

/**
 * A conference's last Markdown export (export-cache.ts), valid while the log's last key is still
 * `stamp` and the conference and its talks are still what `inputs` says.
 */
export interface CachedExport {
  conferenceId: ConferenceId;
  day: number | null;
  frontMatter: boolean;
  stamp: number;
  inputs: string;
  markdown: string;
  filename: string;
}

/** A record this device wrote that no sync has sent (outbox.ts); `kind` names its store. */
export interface OutboxEntry {
  key: string;
  kind: 'talks' | 'notes' | 'conferences' | 'marks';
  id: string;
  counter: number;
}

/** A transaction that may write any store; helpers that need some stores say which and cast. */
export type WriteTx = IDBPTransaction<TalkNotesDB, ArrayLike<StoreNames<TalkNotesDB>>, 'readwrite' | 'versionchange'>;
/** A transaction that may read any store. */
export type ReadTx = IDBPTransaction<TalkNotesDB, ArrayLike<StoreNames<TalkNotesDB>>, IDBTransactionMode>;

/** An open connection to the store (db.ts opens it). */
export type Db = IDBPDatabase<TalkNotesDB>;

/** A note as it was before a write (undefined: new) and as the write leaves it. */
export interface NoteChange {
  before: Note | undefined;
  after: Note;
}
