/**
 * The library's view of the store, kept in the background's memory so that listing talks with
 * their note counts and searching 50,000 notes as the user types stay within a few
 * milliseconds. Built from every live note (their sheets) on first use. The background is the store's only writer
 * and calls `touched()` after each write; the next use then reads only notes changed since the
 * last one (the `byUpdated` index), plus the talks and conferences, which are few. Uses with no
 * write between them read nothing: a keystroke in the search box costs the search alone.
 * Writers that put notes with old stamps (an import) must call `invalidate()`.
 */
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { byTitle, hit } from '@/utils/background/search/hits';
import { fold, type SearchResult } from '@/utils/model/search';
import { createMatcher } from '@/utils/background/search/matches';
import { byMoment } from '@/utils/model/moment-order';

/**
 * Hits sent and shown per keystroke: more than a screen holds, few enough that the reply and
 * its rendering stay quick; the count of all matches is shown beside them.
 */
export const SEARCH_LIMIT = 50;
/**
 * Notes are re-read from this long before the last refresh started: a save whose clock was
 * read before the refresh but that committed after it is still seen, as is a small clock step back.
 */
const MARGIN_MS = 60_000;
/** Sheets per read while the index is built ahead of need (about a thousand notes): the worker answers other requests between reads. */
const SHEETS_PER_READ = 50;
/**
 * How long the library must be quiet before the index is built ahead of need: long enough for
 * the page to draw the list it just got (a build at the same time slows that on two cores),
 * short enough that a search or export a second later finds the index ready.
 */
const WARM_AFTER_MS = 300;

interface Entry {
  note: Note;
  lower: string;
}

export type LibraryIndex = ReturnType<typeof createLibraryIndex>;

export function createLibraryIndex(clock: () => number = Date.now, batch = SHEETS_PER_READ) {
  let generation = 0;
  let built = false;
  let stale = true;
  /** Bumped whenever what the index holds may have changed. */
  let version = 0;
  let last: Promise<void> = Promise.resolve();
  let warmTimer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  let talks: Talk[] = [];
  let conferences: Conference[] = [];
  const byId = new Map<NoteId, Entry>();
  const byTalk = new Map<TalkId, Entry[]>();
  const unsorted = new Set<TalkId>();
  // One refresh at a time: an older read applied after a newer one would bring back old text.
  let queue: Promise<void> = Promise.resolve();

  /**
   * Brings the index up to date with the store: reads only if a write happened since the last
   * read began. `waited`: someone waits on it (a search), so a first build reads every sheet in
   * one request rather than a few at a time (each read is a round trip to the browser's
   * database; ~20 of them made the first search after a stopped worker wait on each in turn).
   */
  function refresh(db: Db, waited = false): Promise<void> {
    if (!stale) return last;
    // Cleared before reading: a write that commits while this read runs marks it stale again.
    stale = false;
    const run = queue.then(() => load(db, waited ? Infinity : batch));
    void run.catch(() => (stale = true));
    last = run;
    queue = run.catch(() => {});
    return run;
  }

  async function load(db: Db, size: number): Promise<void> {
    const gen = generation;
    const full = !built;
    const started = clock();
    const everyNote = full ? await readEverySheet(db, size) : undefined;
    const tx = db.transaction(['talks', 'conferences', 'notes'], 'readonly');
    const [t, c, n] = await Promise.all([
      tx.objectStore('talks').getAll(),
      tx.objectStore('conferences').getAll(),
      everyNote ?? tx.objectStore('notes').index('byUpdated').getAll(IDBKeyRange.lowerBound(since - MARGIN_MS)),
    ]);
    await tx.done;
    if (gen !== generation) return load(db, size); // invalidated meanwhile: start again from scratch
    if (full) {
      byId.clear();
      byTalk.clear();
    }
    version++;
    for (const note of n) put(note);
    for (const talkId of unsorted) entriesOf(talkId); // sorted now, not on the next keystroke
    talks = t.filter((x) => x.deletedAt === undefined);
    conferences = c.filter((x) => x.deletedAt === undefined);
    since = started;
    built = true;
  }

  function put(note: Note): void {
    const old = byId.get(note.id);
    if (old) {
      const list = byTalk.get(old.note.talkId) ?? [];
      list.splice(list.indexOf(old), 1);
      byId.delete(note.id);
    }
    if (note.deletedAt !== undefined) return;
    const entry = { note, lower: fold(note.text) };
    byId.set(note.id, entry);
    const list = byTalk.get(note.talkId);
    if (!list) byTalk.set(note.talkId, [entry]);
    else {
      // The build reads sheets in moment order: most notes come after the last one, and a
      // talk whose list stays in order is not sorted again (sorting all 50,000 was part of the first search's wait).
      const last = list[list.length - 1];
      if (last !== undefined && byMoment(last.note, note) > 0) unsorted.add(note.talkId);
      list.push(entry);
    }
  }

  function entriesOf(talkId: TalkId): Entry[] {
    const list = byTalk.get(talkId) ?? [];
    if (unsorted.delete(talkId)) list.sort((a, b) => byMoment(a.note, b.note));
    return list;
  }

  const matchNotes = createMatcher();
  /** The last search's matching titles: a longer query only looks among them (as the notes do). */
  let lastTitles: { version: number; q: string; titles: Talk[] } | null = null;

  /** Every live note (and title) holding `query`, case-insensitively. */
  function search(query: string, limit = SEARCH_LIMIT): SearchResult {
    const q = fold(query.trim());
    if (q === '') return { query, hits: [], total: 0 };
    const { talks: byTitleOrder, notes: everyNote, talkOf } = ordered();
    const narrow = lastTitles !== null && lastTitles.version === version && q.includes(lastTitles.q) ? lastTitles.titles : byTitleOrder;
    const titles = narrow.filter((t) => fold(t.title).includes(q));
    lastTitles = { version, q, titles };
    const { positions, count } = matchNotes(everyNote, q);
    const hits = titles.slice(0, limit).map((t) => hit(t, null));
    for (let i = 0; i < count && hits.length < limit; i++) {
      const { note } = everyNote[positions[i]!]!;
      hits.push(hit(talkOf.get(note.talkId)!, note));
    }
    return { query, hits, total: titles.length + count };
  }

  let sorted: { version: number; talks: Talk[]; notes: Entry[]; talkOf: Map<TalkId, Talk> } | null = null;
  /**
   * Live talks by title and their notes in result order (talk by talk, by moment), as one flat
   * list: made once per change, so a keystroke is a single pass over an array.
   */
  function ordered() {
    if (sorted?.version !== version) {
      const byTitleOrder = [...talks].sort(byTitle);
      sorted = {
        version,
        talks: byTitleOrder,
        notes: byTitleOrder.flatMap((t) => entriesOf(t.id)),
        talkOf: new Map(byTitleOrder.map((t) => [t.id, t])),
      };
    }
    return sorted;
  }

  return {
    refresh,
    search,
    /** Builds the index once nothing asked for `quietMs` (each call restarts the wait). */
    warmLater(db: Db, quietMs = WARM_AFTER_MS): void {
      clearTimeout(warmTimer);
      warmTimer = setTimeout(() => void refresh(db).catch(() => {}), quietMs);
    },
    /** The store changed: the next refresh catches up. */
    touched(): void {
      stale = true;
    },
    /** Forgets everything: the next refresh reads every note again. */
    invalidate(): void {
      generation++;
      built = false;
      stale = true;
    },
    /** Whether a refresh has read every note once (until then, counts and searches know nothing). */
    built: (): boolean => built,
    /** Live talks and conferences as of the last refresh. */
    talks: (): readonly Talk[] => talks,
    conferences: (): readonly Conference[] => conferences,
    /** Live notes of a talk as of the last refresh. */
    count: (talkId: TalkId): number => byTalk.get(talkId)?.length ?? 0,
    /** Live notes of a talk by moment, as of the last refresh. */
    notes: (talkId: TalkId): Note[] => entriesOf(talkId).map((e) => e.note),
  };
}

/**
 * Every live note, read from the sheets `size` sheets to a transaction. Notes written meanwhile
 * may be missed or read old; the write marks the index stale and the catch-up after the build
 * reads them.
 */
async function readEverySheet(db: Db, size: number): Promise<Note[]> {
  const all: Note[] = [];
  let after: [TalkId, number] | undefined;
  for (;;) {
    const sheets = await db.getAll('sheets', after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), Number.isFinite(size) ? size : undefined);
    for (const sheet of sheets) all.push(...sheet.notes);
    if (sheets.length < size) return all;
    const last = sheets[sheets.length - 1]!;
    after = [last.talkId, last.from];
  }
}
