/**
 * A conference programme read from a published schedule (c3voc JSON, frab/pentabarf XML,
 * iCalendar). Every field is plain text: markup in the source is reduced to its text on reading.
 * Absent values are null, never empty strings, so two imports of the same file compare equal.
 */

/** The file shapes a programme can be read from. */
export type ScheduleFormat = 'c3voc-json' | 'schedule2-json' | 'frab-xml' | 'icalendar';

export interface Programme {
  format: ScheduleFormat;
  /** The schedule's own version label (frab's release name, pretalx's `v1.1`), not the format's. */
  version: string | null;
  conference: ProgrammeConference;
  days: ProgrammeDay[];
  /** In order of start, then room, then title. */
  entries: ProgrammeEntry[];
}

export interface ProgrammeConference {
  title: string;
  acronym: string | null;
  /** First and last calendar day, `YYYY-MM-DD`, in the conference's own zone. */
  start: string | null;
  end: string | null;
  city: string | null;
  venue: string | null;
  /** IANA zone, e.g. `Europe/Berlin`. */
  timeZone: string | null;
  /** ISO 639-1 code, e.g. `en`. */
  language: string | null;
  url: string | null;
}

export interface ProgrammeDay {
  /** 1 for the first day, as the schedule numbers them. */
  index: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** When the day begins and ends (its `day_change`), as instants; a day can run past midnight. */
  start: string | null;
  end: string | null;
}

export interface ProgrammeSpeaker {
  name: string;
  biography: string | null;
  organisation: string | null;
}

export interface ProgrammeLink {
  title: string;
  url: string;
}

export interface ProgrammeEntry {
  guid: string | null;
  /** The schedule's own id for the event (frab's number, a pretalx code, an iCalendar UID); always set. */
  id: string;
  /** media.ccc.de names a recording `/v/<slug>` after it. */
  slug: string | null;
  title: string;
  subtitle: string | null;
  speakers: ProgrammeSpeaker[];
  track: string | null;
  room: string | null;
  /** The instant the event starts, ISO 8601 in UTC (`2024-12-27T09:30:00.000Z`): sorts as text. */
  start: string;
  /** The conference's zone, for showing `start` as the schedule does. */
  timeZone: string | null;
  /** Seconds. */
  duration: number;
  abstract: string | null;
  description: string | null;
  links: ProgrammeLink[];
  language: string | null;
  /** As the schedule says it: `lecture`, `Talk`, `TALK`, `workshop`… */
  type: string | null;
  /** Links to recordings of the event (media.ccc.de, YouTube, a video file). */
  recordings: ProgrammeLink[];
  /** The event's page in the schedule. */
  url: string | null;
  dayIndex: number | null;
  /** Set when the schedule says so, or when a later import of it no longer lists the event. */
  cancelled: boolean;
}
