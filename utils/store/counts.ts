import type { IDBPTransaction } from 'idb';
import type { TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk } from '@/utils/model/types';
import type { Db, NoteChange, NoteCount, TalkNotesDB, WriteTx } from '@/utils/store/schema';

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

/** The stores these writes touch; a transaction without them throws NotFoundError at once. */
type CountsTx = IDBPTransaction<TalkNotesDB, ['notes', 'counts'], 'readwrite' | 'versionchange'>;

/** A talk's stored count, read in the writer's transaction: by default now, or a read asked for earlier. */
export type CountRead = (talkId: TalkId) => Promise<NoteCount | undefined>;

/** Moves the counts of the talks these writes change, in the caller's transaction (which must span 'counts'). */
export function putCounts(writer: WriteTx, changes: Iterable<NoteChange>, read?: CountRead): Promise<unknown>[] {
  const counts = (writer as unknown as CountsTx).objectStore('counts');
  const get = read ?? ((talkId: TalkId) => counts.get(talkId));
  return [...countChanges(changes)].map(([talkId, d]) => get(talkId).then((c) => counts.put({ talkId, live: (c?.live ?? 0) + d })));
}

/** Counts every stored note once: the upgrade that added the counts store. */
export async function countStoredNotes(upgrade: WriteTx): Promise<void> {
  const notes = await (upgrade as unknown as CountsTx).objectStore('notes').getAll();
  void putCounts(upgrade, notes.map((after) => ({ before: undefined, after })));
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
