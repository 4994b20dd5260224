import type { ProgrammeEntry, ProgrammeLink, ProgrammeSpeaker } from '@/utils/model/programme';
import { entryOf } from '@/utils/formats/schedule/entries';
import { ScheduleError } from '@/utils/formats/schedule/errors';
import { plainLine, plainText } from '@/utils/formats/schedule/plain-text';
import { instantFromIso, instantInZone, readClock, readDuration, readIsoTime, wallTimeOn } from '@/utils/formats/schedule/zoned-time';

/**
 * An event as frab and pentabarf write it, in JSON (c3voc schedule.json) and in XML alike:
 * the same fields under the same names, read into strings before this step.
 */
export interface FrabEvent {
  guid: string | null;
  id: string | null;
  code: string | null;
  slug: string | null;
  title: string | null;
  subtitle: string | null;
  track: string | null;
  type: string | null;
  language: string | null;
  abstract: string | null;
  description: string | null;
  /** ISO date-time, usually with its offset; older files leave it out. */
  date: string | null;
  /** `HH:MM` on the day's date; before the day change it is the next calendar day. */
  start: string | null;
  duration: string | null;
  room: string | null;
  url: string | null;
  persons: ProgrammeSpeaker[];
  links: ProgrammeLink[];
  recordings: ProgrammeLink[];
}

export interface FrabDay {
  index: number;
  date: string;
  /** Seconds after midnight at which this day's programme begins (frab's `day_change`). */
  dayChange: number;
}

/** When a day begins: its own start's clock time, else the conference's `day_change`, else midnight. */
export function dayChangeOf(dayStart: string | null, conferenceDayChange: string | null): number {
  const t = dayStart === null ? null : readIsoTime(dayStart);
  if (t) return t.wall.hour * 3600 + t.wall.minute * 60 + t.wall.second;
  return readClock(conferenceDayChange) ?? 0;
}

export function frabEntry(ev: FrabEvent, day: FrabDay, zone: string | null): ProgrammeEntry {
  const id = ev.id ?? ev.code ?? ev.guid ?? ev.slug;
  const title = plainLine(ev.title);
  const what = `The event "${title ?? id ?? 'without a title'}"`;
  if (id === null) throw new ScheduleError('invalid-event', `${what} on day ${day.index} has no id or guid.`);
  return entryOf(
    {
      guid: ev.guid,
      id,
      slug: ev.slug,
      title: title ?? `Event ${id}`,
      subtitle: plainLine(ev.subtitle),
      speakers: ev.persons,
      track: plainLine(ev.track),
      room: plainLine(ev.room),
      start: startOf(ev, day, zone, what),
      duration: readDuration(ev.duration) ?? 0,
      abstract: plainText(ev.abstract),
      description: plainText(ev.description),
      links: ev.links,
      language: ev.language,
      type: ev.type,
      url: ev.url,
      dayIndex: day.index,
      cancelled: false,
    },
    zone,
    ev.recordings,
  );
}

function startOf(ev: FrabEvent, day: FrabDay, zone: string | null, what: string): number {
  if (ev.date !== null && /[T ]\d/.test(ev.date)) return instantFromIso(ev.date, zone, what);
  const clock = readClock(ev.start);
  const wall = clock === null ? null : wallTimeOn(day.date, clock < day.dayChange ? clock + 86_400 : clock);
  if (wall === null) throw new ScheduleError('invalid-event', `${what} has no start time that can be read.`);
  return instantInZone(wall, zone, what);
}
