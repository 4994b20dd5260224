import { ScheduleError } from '@/utils/formats/schedule/errors';

/** A wall-clock time as a schedule writes it, before a zone makes it an instant. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter for the zone, or null when the name is no IANA zone this browser knows. */
function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

export function isTimeZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** The zone's wall clock at an instant. */
export function wallTimeAt(ms: number, zone: string): WallTime {
  const f = formatterFor(zone);
  if (!f) throw new ScheduleError('no-time-zone', `"${zone}" is not a time zone this browser knows.`);
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(ms)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

function utcOf(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The instant a wall-clock time names in a zone. As JavaScript dates do: a time in the spring-forward gap moves on by the gap, a repeated autumn time is the first. */
export function instantOf(w: WallTime, zone: string): number {
  const guess = utcOf(w);
  const offsetAt = (t: number) => utcOf(wallTimeAt(t, zone)) - t;
  // A zone changes its offset at most once a day: the offsets a day either side are the two it can have.
  const early = guess - offsetAt(guess - 86_400_000);
  const late = guess - offsetAt(guess + 86_400_000);
  const names = (t: number) => utcOf(wallTimeAt(t, zone)) === guess;
  if (names(early) && names(late)) return Math.min(early, late);
  if (names(late)) return late;
  return early;
}

/** `YYYY-MM-DD` of an instant in a zone. */
export function dateIn(ms: number, zone: string): string {
  const w = wallTimeAt(ms, zone);
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

interface ReadTime {
  wall: WallTime;
  /** Minutes east of UTC, or null when the text names no offset. */
  offset: number | null;
}

export function readIsoTime(text: string): ReadTime | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = m;
  const wall = { year: +y!, month: +mo!, day: +d!, hour: +h, minute: +mi, second: +s };
  if (wall.month < 1 || wall.month > 12 || wall.day < 1 || wall.day > 31 || wall.hour > 24 || wall.minute > 59 || wall.second > 60) return null;
  let offset: number | null = null;
  if (zone) {
    if (zone.toUpperCase() === 'Z') offset = 0;
    else {
      const digits = zone.replace(':', '');
      offset = (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    }
  }
  return { wall, offset };
}

/**
 * The instant an ISO date-time names: its own offset if it has one, else the conference's zone.
 * `what` names the event for the message when neither is there.
 */
export function instantFromIso(text: string, zone: string | null, what: string): number {
  const t = readIsoTime(text);
  if (!t) throw new ScheduleError('invalid-event', `${what} has a start time that cannot be read: "${text.slice(0, 40)}".`);
  if (t.offset !== null) return utcOf(t.wall) - t.offset * 60_000;
  return instantInZone(t.wall, zone, what);
}

export function instantInZone(wall: WallTime, zone: string | null, what: string): number {
  if (zone === null) {
    throw new ScheduleError(
      'no-time-zone',
      `${what} starts at a time with no time zone, and the schedule names none for the conference, so its moment is unknown.`,
    );
  }
  return instantOf(wall, zone);
}

/** Seconds from `hh:mm`, `hh:mm:ss` or ISO 8601 `PT1H30M`; null when unreadable. */
export function readDuration(text: string | null): number | null {
  if (text === null) return null;
  const t = text.trim();
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(t);
  if (iso && t.length > 1 && !/T$/i.test(t)) {
    return Number(iso[1] ?? 0) * 86400 + Number(iso[2] ?? 0) * 3600 + Number(iso[3] ?? 0) * 60 + Math.round(Number(iso[4] ?? 0));
  }
  return null;
}

/** `HH:MM` (or `HH:MM:SS`) as seconds after midnight; null when unreadable. */
export function readClock(text: string | null): number | null {
  if (text === null) return null;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m || Number(m[1]) > 47 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
}

/** A wall time `seconds` after midnight of a `YYYY-MM-DD` date (past 24 h it rolls into the next days). */
export function wallTimeOn(date: string, seconds: number): WallTime | null {
  const t = readIsoTime(date);
  if (!t) return null;
  const ms = Date.UTC(t.wall.year, t.wall.month - 1, t.wall.day) + seconds * 1000;
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** The `YYYY-MM-DD` a date or date-time is written on, as written (its own zone's calendar day). */
export function datePart(text: string | null): string | null {
  if (text === null) return null;
  const t = readIsoTime(text);
  return t ? `${String(t.wall.year).padStart(4, '0')}-${pad(t.wall.month)}-${pad(t.wall.day)}` : null;
}

/** The conference's zone as the schedule names it; a name no browser knows is refused, not guessed. */
export function conferenceZone(name: string | null): string | null {
  if (name === null) return null;
  if (!isTimeZone(name)) {
    throw new ScheduleError('no-time-zone', `The schedule's time zone "${name.slice(0, 60)}" is not one this browser knows.`);
  }
  return name;
}

/** A day's start or end as an ISO instant in UTC, or null when the schedule gives none. */
export function dayBoundary(value: string | null, zone: string | null): string | null {
  return value === null ? null : new Date(instantFromIso(value, zone, 'A day of the schedule')).toISOString();
}
