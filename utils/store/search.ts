/**
 * The library's view of the store, kept in the background's memory so that listing talks with
 * their note counts and searching 50,000 notes as the user types stay within a few
 * milliseconds. Built from every note on first use; after that each use reads only notes
 * touched since the last one (the `byUpdated` index), plus the talks and conferences, which
 * are few. Writers that put notes with old stamps (an import) must call `invalidate()`.
 */
import { deepLink } from '../formats/deep-link';
import type { NoteId, TalkId } from '../model/ids';
import type { Conference, Note, NoteKind, Talk } from '../model/types';
import type { Db } from './db';
import { byMoment } from './talks';

export interface SearchHit {
  talkId: TalkId;
  /** The talk's title. */
  title: string;
  /** Null when the talk's title matched rather than a note. */
  noteId: NoteId | null;
  /** Moment of the note in seconds (0 for a title). */
  at: number;
  kind: NoteKind | null;
  /** The note's text ('' for a title). */
  text: string;
  /** Opens the recording at `at`. */
  link: string;
}

export interface SearchResult {
  query: string;
  /** Titles first, then notes grouped by talk (talks by title, notes by moment); at most the limit. */
  hits: SearchHit[];
  /** How many matched in all. */
  total: number;
}

export const SEARCH_LIMIT = 100;
/**
 * Notes are re-read from this long before the last refresh started: a save whose clock was
 * read before the refresh but that committed after it is still seen, as is a small clock step back.
 */
const MARGIN_MS = 60_000;

interface Entry {
  note: Note;
  lower: string;
}

export type LibraryIndex = ReturnType<typeof createLibraryIndex>;

export function createLibraryIndex(clock: () => number = Date.now) {
  let generation = 0;
  let built = false;
  let since = 0;
  let talks: Talk[] = [];
  let conferences: Conference[] = [];
  const byId = new Map<NoteId, Entry>();
  const byTalk = new Map<TalkId, Entry[]>();
  const unsorted = new Set<TalkId>();
  // One refresh at a time: an older read applied after a newer one would bring back old text.
  let queue: Promise<void> = Promise.resolve();

  /** Brings the index up to date with the store. */
  function refresh(db: Db): Promise<void> {
    const run = queue.then(() => load(db));
    queue = run.catch(() => {});
    return run;
  }

  async function load(db: Db): Promise<void> {
    const gen = generation;
    const full = !built;
    const started = clock();
    const tx = db.transaction(['talks', 'conferences', 'notes'], 'readonly');
    const notes = tx.objectStore('notes');
    const [t, c, n] = await Promise.all([
      tx.objectStore('talks').getAll(),
      tx.objectStore('conferences').getAll(),
      full ? notes.getAll() : notes.index('byUpdated').getAll(IDBKeyRange.lowerBound(since - MARGIN_MS)),
    ]);
    await tx.done;
    if (gen !== generation) return load(db); // invalidated meanwhile: start again from scratch
    if (full) {
      byId.clear();
      byTalk.clear();
    }
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
    if (list) list.push(entry);
    else byTalk.set(note.talkId, [entry]);
    unsorted.add(note.talkId);
  }

  function entriesOf(talkId: TalkId): Entry[] {
    const list = byTalk.get(talkId) ?? [];
    if (unsorted.delete(talkId)) list.sort((a, b) => byMoment(a.note, b.note));
    return list;
  }

  /** Every live note (and title) holding `query`, case-insensitively. */
  function search(query: string, limit = SEARCH_LIMIT): SearchResult {
    const q = fold(query.trim());
    const hits: SearchHit[] = [];
    let total = 0;
    if (q === '') return { query, hits, total };
    const ordered = [...talks].sort(byTitle);
    for (const talk of ordered) {
      if (!fold(talk.title).includes(q)) continue;
      total++;
      if (hits.length < limit) hits.push(hit(talk, null));
    }
    for (const talk of ordered) {
      for (const entry of entriesOf(talk.id)) {
        if (!entry.lower.includes(q)) continue;
        total++;
        if (hits.length < limit) hits.push(hit(talk, entry.note));
      }
    }
    return { query, hits, total };
  }

  return {
    refresh,
    search,
    /** Forgets everything: the next refresh reads every note again. */
    invalidate(): void {
      generation++;
      built = false;
    },
    /** Live talks and conferences as of the last refresh. */
    talks: (): readonly Talk[] => talks,
    conferences: (): readonly Conference[] => conferences,
    /** Live notes of a talk as of the last refresh. */
    count: (talkId: TalkId): number => byTalk.get(talkId)?.length ?? 0,
    /** Live notes of a talk by moment, as of the last refresh. */
    notes: (talkId: TalkId): Note[] => entriesOf(talkId).map((e) => e.note),
  };
}

function hit(talk: Talk, note: Note | null): SearchHit {
  const at = note?.at ?? 0;
  return {
    talkId: talk.id,
    title: talk.title,
    noteId: note?.id ?? null,
    at,
    kind: note?.kind ?? null,
    text: note?.text ?? '',
    link: deepLink(talk, at),
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function byTitle(a: Talk, b: Talk): number {
  return collator.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What case-insensitive matching compares: the same letters in one form and one case. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
