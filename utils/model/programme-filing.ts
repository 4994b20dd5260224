import type { FilingPatch } from '@/utils/model/edits';
import { LIMITS } from '@/utils/model/fields';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeEntry } from '@/utils/model/programme';
import type { Speaker, Talk, TalkMeta } from '@/utils/model/types';

/** Where a programme entry files a talk: its stored key, its conference and its place in its day. */
export interface EntryPlace {
  key: string;
  conferenceId: ConferenceId;
  entry: ProgrammeEntry;
  order: number;
}

/**
 * What filing `talk` under its programme entry changes: the entry's key, its conference, day and
 * place in the day's schedule order, and the schedule's title and speakers where the talk still
 * shows what the page said (the person has not edited them; `meta` null: what the page said is
 * not known, so both are kept). Null for a talk already in a conference or one the person
 * unlinked from the programme, unless the person `chose` the entry: a match never overrides them.
 */
export function filingPatch(talk: Talk, meta: TalkMeta | null, place: EntryPlace, chosen = false): FilingPatch | null {
  if (!chosen && (talk.conferenceId !== undefined || talk.programmeEntry !== undefined)) return null;
  const { conferenceId, entry, order } = place;
  const patch: FilingPatch = { conferenceId, order: Math.min(order, LIMITS.order) };
  if (place.key.length <= LIMITS.entryKey) patch.programmeEntry = place.key;
  if (entry.dayIndex !== null && entry.dayIndex >= 1 && entry.dayIndex <= LIMITS.days) patch.day = entry.dayIndex;
  if (meta === null) return patch;
  if (talk.title === meta.title || chosen) patch.title = clip(entry.title, LIMITS.title);
  const speakers = entry.speakers.slice(0, LIMITS.speakers).map(speakerOf);
  if (speakers.length > 0 && (chosen || sameNames(talk.speakers, meta.speakers))) patch.speakers = speakers;
  return patch;
}

/**
 * A talk taken out of the programme by the person: never filed by a match again (`programmeEntry`
 * null), and out of the conference the entry had put it in (a conference the person chose stays).
 */
export function unlinked(talk: Talk, now: number): Talk {
  const { programmeEntry, ...rest } = talk;
  const filedThere = typeof programmeEntry === 'string' && talk.conferenceId !== undefined && programmeEntry.startsWith(`${talk.conferenceId}|`);
  if (!filedThere) return { ...rest, programmeEntry: null, updatedAt: now };
  const { conferenceId: _c, day: _d, order: _o, ...out } = rest;
  return { ...out, programmeEntry: null, updatedAt: now };
}

function speakerOf(s: ProgrammeEntry['speakers'][number]): Speaker {
  return { name: clip(s.name, LIMITS.name), ...(s.organisation !== null ? { org: clip(s.organisation, LIMITS.name) } : {}) };
}

function sameNames(a: readonly Speaker[], b: readonly Speaker[]): boolean {
  return a.length === b.length && a.every((s, i) => s.name === b[i]!.name);
}

/** `s` cut to `max` characters, an ellipsis saying it was: schedule text within a record's limits. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
