import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { Conference } from '@/utils/model/types';
import { byProgramme } from '@/utils/formats/programme-order';
import type { LibraryTalk } from '@/utils/model/replies';

export interface DayGroup {
  /** Null: the conference's talks that have no day. */
  day: number | null;
  date?: string;
  theme?: string;
  /** In programme order (the export's). */
  talks: LibraryTalk[];
}

export interface ConferenceGroup {
  conference: Conference;
  days: DayGroup[];
  talks: number;
  notes: number;
}

export interface LibraryGroups {
  /** Newest first by start date; undated ones after, by name. */
  conferences: ConferenceGroup[];
  /** Talks in no (live) conference, newest first. */
  unassigned: LibraryTalk[];
}

/**
 * The library as the page shows it: conferences → days → talks, then the talks in none. Every
 * day the conference lists is shown, even empty (talks are assigned to it), and so is any day
 * a talk names that the conference does not list.
 */
export function groupLibrary(conferences: readonly Conference[], talks: readonly LibraryTalk[]): LibraryGroups {
  const byConference = new Map<ConferenceId, LibraryTalk[]>(conferences.map((c) => [c.id, []]));
  const unassigned: LibraryTalk[] = [];
  for (const t of talks) {
    const list = t.talk.conferenceId === undefined ? undefined : byConference.get(t.talk.conferenceId);
    if (list) list.push(t);
    else unassigned.push(t);
  }
  return {
    conferences: [...conferences].sort(byDate).map((c) => group(c, byConference.get(c.id) ?? [])),
    unassigned: unassigned.sort((a, b) => b.talk.createdAt - a.talk.createdAt || (a.talk.id < b.talk.id ? -1 : 1)),
  };
}

function group(conference: Conference, talks: LibraryTalk[]): ConferenceGroup {
  const numbers = new Set<number>(conference.days.map((d) => d.number));
  for (const t of talks) if (t.talk.day !== undefined) numbers.add(t.talk.day);
  const days: DayGroup[] = [...numbers].sort((a, b) => a - b).map((n) => {
    const listed = conference.days.find((d) => d.number === n);
    return { day: n, date: listed?.date, theme: listed?.theme, talks: inOrder(talks.filter((t) => t.talk.day === n)) };
  });
  const dayless = talks.filter((t) => t.talk.day === undefined);
  if (dayless.length > 0) days.push({ day: null, talks: inOrder(dayless) });
  return { conference, days, talks: talks.length, notes: talks.reduce((sum, t) => sum + t.notes, 0) };
}

function inOrder(talks: LibraryTalk[]): LibraryTalk[] {
  return talks.sort((a, b) => byProgramme(a.talk, b.talk));
}

function byDate(a: Conference, b: Conference): number {
  const da = a.startDate ?? '';
  const db = b.startDate ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);
}

/** Where a talk sits: its conference day's talks and its index there; null when in no conference. */
export function placeOf(groups: LibraryGroups, talkId: TalkId): { group: ConferenceGroup; day: DayGroup; index: number } | null {
  for (const group of groups.conferences) {
    for (const day of group.days) {
      const index = day.talks.findIndex((t) => t.talk.id === talkId);
      if (index >= 0) return { group, day, index };
    }
  }
  return null;
}
