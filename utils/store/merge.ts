/**
 * Record-by-record merge of two datasets, so that nothing written on either side is lost.
 *
 * A record is never merged field by field: one of the two versions wins whole. The winner is
 * the one with the later stamp, max(updatedAt, deletedAt ?? 0), so
 * - a delete (tombstone) later than the other side's last edit wins, and the tombstone is kept;
 * - an edit later than the other side's delete wins: the record comes back (resurrects);
 * - on equal stamps the tombstone wins (an explicit delete is not undone by coincidence), and
 *   between two live or two deleted versions the greater canonical JSON wins.
 * This is a total order on versions, so merging is commutative, associative and idempotent:
 * two devices that exchange backups in any order end with the same data.
 */
import type { Dataset } from '@/utils/model/dataset';
import type { Conference, Note, Stamped, Talk, TalkMark } from '@/utils/model/types';

export type { Dataset } from '@/utils/model/dataset';

type Versioned = Stamped & { id: string };

export interface MergeResult {
  /** Every record of both sides, one version per id: local order first, then new ids. */
  merged: Dataset;
  /** Exactly the records whose stored value must be written: new ids, or a version other than local's. */
  changed: Dataset;
}

/** The later of an edit and a delete: when this version was last touched. */
export function stampOf(r: Stamped): number {
  return Math.max(r.updatedAt, r.deletedAt ?? 0);
}

/** The version of one record that wins; always one of the arguments, whatever their order. */
export function mergeRecord<T extends Versioned>(a: T, b: T): T {
  if (a === b) return a;
  const byStamp = stampOf(a) - stampOf(b);
  if (byStamp !== 0) return byStamp > 0 ? a : b;
  const aDeleted = a.deletedAt !== undefined;
  if (aDeleted !== (b.deletedAt !== undefined)) return aDeleted ? a : b;
  // Equal copies are the common tie (re-importing a file); skip building their JSON.
  if (sameData(a, b)) return a;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca >= cb ? a : b;
}

/** Merges `incoming` (e.g. an imported backup) into `local` (the store's records). */
export function mergeDatasets(local: Dataset, incoming: Dataset): MergeResult {
  const talks = mergeLists<Talk>(local.talks, incoming.talks);
  const notes = mergeLists<Note>(local.notes, incoming.notes);
  const conferences = mergeLists<Conference>(local.conferences, incoming.conferences);
  const marks = mergeLists<TalkMark>(local.marks, incoming.marks);
  return {
    merged: { talks: talks.merged, notes: notes.merged, conferences: conferences.merged, marks: marks.merged },
    changed: { talks: talks.changed, notes: notes.changed, conferences: conferences.changed, marks: marks.changed },
  };
}

function mergeLists<T extends Versioned>(local: readonly T[], incoming: readonly T[]): { merged: T[]; changed: T[] } {
  const byId = new Map<string, T>();
  for (const r of local) put(byId, r);
  // The winning version only ever moves up the order, so an id replaced once never comes
  // back to its local version: it is changed.
  const changedIds = new Set<string>();
  for (const r of incoming) if (put(byId, r)) changedIds.add(r.id);
  return {
    merged: [...byId.values()],
    changed: [...changedIds].map((id) => byId.get(id) as T),
  };
}

/** Merges `r` into `byId`; true when the stored version was replaced. */
function put<T extends Versioned>(byId: Map<string, T>, r: T): boolean {
  const had = byId.get(r.id);
  const winner = had === undefined ? r : mergeRecord(had, r);
  if (winner === had) return false;
  byId.set(r.id, winner);
  return true;
}

/** Deep equality of JSON-like data, where a key holding undefined counts as absent. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = definedKeys(ra);
  return keys.length === definedKeys(rb).length && keys.every((k) => sameData(ra[k], rb[k]));
}

function definedKeys(o: Record<string, unknown>): string[] {
  return Object.keys(o).filter((k) => o[k] !== undefined);
}

/** JSON with keys sorted at every level and undefined left out: equal data, equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  // No prototype, so even a `__proto__` key is written as plain data.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) {
    out[key] = sortKeys((value as Record<string, unknown>)[key]);
  }
  return out;
}
