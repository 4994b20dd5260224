import type { TalkPatch } from '@/utils/model/edits';
import { LIMITS } from '@/utils/model/fields';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeEntry } from '@/utils/model/programme';
import type { Speaker, Talk, TalkMeta } from '@/utils/model/types';

/**
 * What filing `talk` under its programme entry changes: its conference, day and place in the
 * day's schedule order, and the schedule's title and speakers where the talk still shows what
 * the page said (the person has not edited them; `meta` null: what the page said is not known,
 * so both are kept). Null for a talk already in a conference: the person (or an earlier match)
 * put it there.
 */
export function filingPatch(talk: Talk, meta: TalkMeta | null, conferenceId: ConferenceId, entry: ProgrammeEntry, order: number): TalkPatch | null {
  if (talk.conferenceId !== undefined) return null;
  const patch: TalkPatch = { conferenceId, order: Math.min(order, LIMITS.order) };
  if (entry.dayIndex !== null && entry.dayIndex >= 1 && entry.dayIndex <= LIMITS.days) patch.day = entry.dayIndex;
  if (meta === null) return patch;
  if (talk.title === meta.title) patch.title = clip(entry.title, LIMITS.title);
  const speakers = entry.speakers.slice(0, LIMITS.speakers).map(speakerOf);
  if (speakers.length > 0 && sameNames(talk.speakers, meta.speakers)) patch.speakers = speakers;
  return patch;
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
