import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { byStart } from '@/utils/formats/schedule/entries';

export interface ProgrammeMerge {
  programme: Programme;
  /** Ids (the schedule's own) of the entries in each case. */
  added: string[];
  updated: string[];
  /** Entries the new file no longer lists, or now marks cancelled. */
  cancelled: string[];
}

/**
 * A schedule imported again over what an earlier import of it gave. Entries are the same event
 * when their guids are equal, or, where either has no guid, their ids; the new file's details
 * win; an event it no longer lists is kept and marked cancelled (notes may hang on it), never
 * removed. Importing the same file twice changes nothing.
 */
export function mergeProgramme(previous: Programme | null, next: Programme): ProgrammeMerge {
  if (previous === null) {
    return { programme: next, added: next.entries.map((e) => e.id), updated: [], cancelled: next.entries.filter((e) => e.cancelled).map((e) => e.id) };
  }
  const byGuid = new Map<string, ProgrammeEntry>();
  const byId = new Map<string, ProgrammeEntry>();
  for (const e of previous.entries) {
    if (e.guid !== null) byGuid.set(e.guid, e);
    byId.set(e.id, e);
  }
  const matched = new Set<ProgrammeEntry>();
  const added: string[] = [];
  const updated: string[] = [];
  const cancelled: string[] = [];
  for (const e of next.entries) {
    const before = sameEvent(e, byGuid, byId, matched);
    if (before === undefined) added.push(e.id);
    else {
      matched.add(before);
      if (!samePlainData(before, e)) updated.push(e.id);
    }
    if (e.cancelled && !before?.cancelled) cancelled.push(e.id);
  }
  const gone = previous.entries.filter((e) => !matched.has(e));
  for (const e of gone) if (!e.cancelled) cancelled.push(e.id);
  const entries = [...next.entries, ...gone.map((e) => (e.cancelled ? e : { ...e, cancelled: true }))].sort(byStart);
  return { programme: { ...next, entries }, added, updated, cancelled };
}

function sameEvent(
  e: ProgrammeEntry,
  byGuid: Map<string, ProgrammeEntry>,
  byId: Map<string, ProgrammeEntry>,
  taken: Set<ProgrammeEntry>,
): ProgrammeEntry | undefined {
  const found = (e.guid !== null ? byGuid.get(e.guid) : undefined) ?? byId.get(e.id);
  if (found === undefined || taken.has(found)) return undefined;
  return found.guid === null || e.guid === null || found.guid === e.guid ? found : undefined;
}

/** Deep equality of plain data (what a programme is), whatever the order of keys. */
export function samePlainData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && samePlainData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
