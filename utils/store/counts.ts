import type { IDBPTransaction, StoreNames } from 'idb';
import type { TalkId } from '../model/ids';
import type { Conference, Note, Talk } from '../model/types';
import type { Db } from './db';
import type { TalkNotesDB } from './schema';

/** A note as it was before a write (undefined: new) and as the write leaves it. */
export interface NoteChange {
  before: Note | undefined;
  after: Note;
}

/** The changes of writing `written` over notes read in the same transaction (`existing`, any superset of the ones replaced). */
export function changesOver(existing: readonly Note[], written: readonly Note[]): NoteChange[] {
  const before = new Map(existing.map((n) => [n.id, n]));
  return written.map((after) => ({ before: before.get(after.id), after }));
}

const live = (n: Note | undefined): number => (n !== undefined && n.deletedAt === undefined ? 1 : 0);

/** How many live notes each talk gains (or loses) through these writes; talks that net zero are left out. */
export function countChanges(changes: Iterable<NoteChange>): Map<TalkId, number> {
  const deltas = new Map<TalkId, number>();
  const add = (talkId: TalkId, d: number) => d !== 0 && deltas.set(talkId, (deltas.get(talkId) ?? 0) + d);
  for (const { before, after } of changes) {
    if (before) add(before.talkId, -live(before));
    add(after.talkId, live(after));
  }
  for (const [talkId, d] of deltas) if (d === 0) deltas.delete(talkId);
  return deltas;
}

type WriteTx = IDBPTransaction<TalkNotesDB, ArrayLike<StoreNames<TalkNotesDB>>, 'readwrite' | 'versionchange'>;
/** The stores these writes touch; a transaction without them throws NotFoundError at once. */
type CountsTx = IDBPTransaction<TalkNotesDB, ['notes', 'counts'], 'readwrite' | 'versionchange'>;

/**
 * Puts the changed notes and moves their talks' counts with them, in the caller's write
 * transaction (which must span 'notes' and 'counts'): counts and notes commit or fail together.
 * Returns the writes for `committed()`.
 */
export function putNotes(writer: WriteTx, changes: readonly NoteChange[]): Promise<unknown>[] {
  const tx = writer as unknown as CountsTx;
  const counts = tx.objectStore('counts');
  const writes: Promise<unknown>[] = changes.map(({ after }) => tx.objectStore('notes').put(after));
  for (const [talkId, d] of countChanges(changes)) {
    writes.push(counts.get(talkId).then((c) => counts.put({ talkId, live: (c?.live ?? 0) + d })));
  }
  return writes;
}

/** Counts every stored note once: the upgrade that added the counts store. */
export async function countStoredNotes(upgrade: WriteTx): Promise<void> {
  const tx = upgrade as unknown as CountsTx;
  const notes = await tx.objectStore('notes').getAll();
  const counts = tx.objectStore('counts');
  for (const [talkId, n] of countChanges(notes.map((after) => ({ before: undefined, after })))) void counts.put({ talkId, live: n });
}

export interface CountedLibrary {
  talks: Talk[];
  conferences: Conference[];
  /** Live notes per listed talk. */
  counts: Map<TalkId, number>;
}

/**
 * Live talks and conferences with each talk's stored count of live notes, without reading one
 * note: what the library shows right after the background woke up, while its in-memory index
 * (which reads every note) is still being built.
 */
export async function countLibrary(db: Db): Promise<CountedLibrary> {
  const tx = db.transaction(['talks', 'conferences', 'counts'], 'readonly');
  const [talks, conferences, counts] = await Promise.all([
    tx.objectStore('talks').getAll(),
    tx.objectStore('conferences').getAll(),
    tx.objectStore('counts').getAll(),
  ]);
  await tx.done;
  const byTalk = new Map(counts.map((c) => [c.talkId, c.live]));
  const liveTalks = talks.filter((t) => t.deletedAt === undefined);
  return {
    talks: liveTalks,
    conferences: conferences.filter((c) => c.deletedAt === undefined),
    counts: new Map(liveTalks.map((t) => [t.id, byTalk.get(t.id) ?? 0])),
  };
}
