import type { ConferenceId } from '@/utils/model/ids';
import type { Programme } from '@/utils/model/programme';
import type { Conference, ConferenceDay, Lang } from '@/utils/model/types';
import { LIMITS } from '@/utils/model/fields';
import { clip } from '@/utils/model/programme-filing';

/** A new conference as its programme's header describes it, within the limits a backup checks. */
export function conferenceOf(programme: Programme, id: ConferenceId, now: number): Conference {
  const c = programme.conference;
  const place = [c.venue, c.city].filter((x): x is string => x !== null).join(', ');
  return {
    id,
    name: clip(c.title, LIMITS.name),
    ...(c.acronym !== null && c.acronym !== c.title ? { tagline: clip(c.acronym, LIMITS.title) } : {}),
    ...(c.start !== null ? { startDate: c.start } : {}),
    ...(c.end !== null ? { endDate: c.end } : {}),
    ...(place !== '' ? { venue: clip(place, LIMITS.name) } : {}),
    lang: langOf(c.language),
    days: daysOf(programme),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * `conference` with the programme's days it lacks (by number) added; null when it has them all.
 * Days the person already described keep their date and theme.
 */
export function withProgrammeDays(conference: Conference, programme: Programme, now: number): Conference | null {
  const known = new Set(conference.days.map((d) => d.number));
  const missing = daysOf(programme).filter((d) => !known.has(d.number));
  if (missing.length === 0) return null;
  const days = [...conference.days, ...missing].sort((a, b) => a.number - b.number).slice(0, LIMITS.days);
  return { ...conference, days, updatedAt: now };
}

function daysOf(programme: Programme): ConferenceDay[] {
  return programme.days
    .filter((d) => d.index >= 1 && d.index <= LIMITS.days)
    .map((d) => ({ number: d.index, date: d.date }));
}

/** The export's language: Danish when the schedule says so, English for every other. */
function langOf(language: string | null): Lang {
  return language?.toLowerCase().startsWith('da') ? 'da' : 'en';
}
