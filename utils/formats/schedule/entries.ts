import type {
  Programme,
  ProgrammeConference,
  ProgrammeDay,
  ProgrammeEntry,
  ProgrammeLink,
  ScheduleFormat,
} from '@/utils/model/programme';
import { ScheduleError, checkEventCount } from '@/utils/formats/schedule/errors';
import { webUrl } from '@/utils/formats/schedule/fields';
import { plainLine } from '@/utils/formats/schedule/plain-text';
import { dateIn, datePart } from '@/utils/formats/schedule/zoned-time';

/** An entry as a reader found it, before the links are sorted and the day is found. */
export type EntryDraft = Omit<ProgrammeEntry, 'start' | 'timeZone' | 'recordings'> & { start: number };

const VIDEO_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'www.youtube-nocookie.com',
  'youtube-nocookie.com',
  'vimeo.com',
  'player.vimeo.com',
  'video.fosdem.org',
  'cdn.media.ccc.de',
]);
const VIDEO_FILE = /\.(?:webm|mp4|m4v|mkv|ogv|mov|m3u8)$/i;
const VIDEO_TITLE = /\b(?:video|recording|aufzeichnung|vod)\b/i;

/** Whether a schedule's link points at a recording of the event rather than at slides or a page. */
export function isRecordingLink(l: ProgrammeLink): boolean {
  const u = new URL(l.url);
  if (u.hostname === 'media.ccc.de') return u.pathname.startsWith('/v/');
  return VIDEO_HOSTS.has(u.hostname) || VIDEO_FILE.test(u.pathname) || VIDEO_TITLE.test(l.title);
}

export function entryOf(draft: EntryDraft, zone: string | null, extraRecordings: ProgrammeLink[] = []): ProgrammeEntry {
  const links: ProgrammeLink[] = [];
  const recordings: ProgrammeLink[] = [...extraRecordings];
  for (const l of draft.links) (isRecordingLink(l) ? recordings : links).push(l);
  if (!Number.isFinite(draft.start) || Math.abs(draft.start) > 8.64e15) {
    throw new ScheduleError('invalid-event', `The event "${draft.title}" has a start time that cannot be read.`);
  }
  return {
    ...draft,
    start: new Date(draft.start).toISOString(),
    timeZone: zone,
    links: dedupe(links),
    recordings: dedupe(recordings),
  };
}

/** The first link to each address. */
function dedupe(links: ProgrammeLink[]): ProgrammeLink[] {
  const byUrl = new Map<string, ProgrammeLink>();
  for (const l of links) if (!byUrl.has(l.url)) byUrl.set(l.url, l);
  return [...byUrl.values()];
}

/**
 * The programme from what a reader found: entries in order, each on its day (by the days'
 * start and end where the schedule gives them, else by its date in the conference's zone; a
 * schedule with no days gets one per date), the conference's dates from its days when unsaid.
 */
export function programmeOf(
  format: ScheduleFormat,
  version: string | null,
  conference: ProgrammeConference,
  givenDays: ProgrammeDay[],
  entries: ProgrammeEntry[],
): Programme {
  checkEventCount(entries.length);
  const zone = conference.timeZone ?? 'UTC';
  const days = givenDays.length > 0 ? [...givenDays] : daysOf(entries, zone);
  days.sort((a, b) => a.index - b.index);
  for (const e of entries) if (e.dayIndex === null) e.dayIndex = dayOf(e.start, days, zone);
  entries.sort(byStart);
  return {
    format,
    version,
    conference: {
      ...conference,
      start: conference.start ?? days[0]?.date ?? null,
      end: conference.end ?? days.at(-1)?.date ?? null,
    },
    days,
    entries,
  };
}

function daysOf(entries: ProgrammeEntry[], zone: string): ProgrammeDay[] {
  const dates = [...new Set(entries.map((e) => dateIn(Date.parse(e.start), zone)))].sort();
  return dates.map((date, i) => ({ index: i + 1, date, start: null, end: null }));
}

function dayOf(start: string, days: ProgrammeDay[], zone: string): number | null {
  const t = Date.parse(start);
  for (const d of days) {
    if (d.start !== null && d.end !== null && Date.parse(d.start) <= t && t < Date.parse(d.end)) return d.index;
  }
  const date = dateIn(t, zone);
  return days.find((d) => d.date === date)?.index ?? null;
}

/** Programme order: start, then room, title, id and guid, so that any two imports sort alike. */
export function byStart(a: ProgrammeEntry, b: ProgrammeEntry): number {
  return (
    compare(a.start, b.start) || compare(a.room ?? '', b.room ?? '') || compare(a.title, b.title) || compare(a.id, b.id) || compare(a.guid ?? '', b.guid ?? '')
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The conference as the JSON and XML schedules name its fields; `field` reads one as text. */
export function conferenceOf(field: (name: string) => string | null, zone: string | null, language = field('language')): ProgrammeConference {
  return {
    title: plainLine(field('title')) ?? plainLine(field('acronym')) ?? 'Untitled conference',
    acronym: plainLine(field('acronym')),
    start: datePart(field('start')),
    end: datePart(field('end')),
    city: plainLine(field('city')),
    venue: plainLine(field('venue')),
    timeZone: zone,
    language,
    url: webUrl(field('url')),
  };
}
