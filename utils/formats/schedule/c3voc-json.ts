import type { Programme, ProgrammeDay, ProgrammeEntry, ProgrammeLink, ProgrammeSpeaker } from '@/utils/model/programme';
import { conferenceOf, programmeOf } from '@/utils/formats/schedule/entries';
import { ScheduleError, checkEventCount } from '@/utils/formats/schedule/errors';
import { link, list, record, records, text, webUrl, type Json } from '@/utils/formats/schedule/fields';
import { dayChangeOf, frabEntry, type FrabEvent } from '@/utils/formats/schedule/frab-event';
import { plainLine, plainText } from '@/utils/formats/schedule/plain-text';
import { conferenceZone, datePart, dayBoundary } from '@/utils/formats/schedule/zoned-time';

/**
 * The c3voc schedule.json that frab and pretalx write (`schedule.conference.days[].rooms`).
 * frab names a person `public_name` (older exports `full_public_name`), pretalx `name` and
 * `public_name`; either may carry a biography.
 */
export function readC3vocJson(doc: Record<string, Json>): Programme {
  const schedule = record(doc.schedule)!;
  const conf = record(schedule.conference)!;
  const rawDays = records(conf.days);
  checkEventCount(rawDays.reduce((n, d) => n + roomLists(d).reduce((m, r) => m + r.length, 0), 0));
  const zone = conferenceZone(text(conf.time_zone_name));
  const base = webUrl(schedule.base_url);
  const days: ProgrammeDay[] = [];
  const entries: ProgrammeEntry[] = [];
  for (const d of rawDays) {
    const index = Number(d.index);
    const date = datePart(text(d.date));
    if (!Number.isInteger(index) || date === null) throw new ScheduleError('invalid-event', 'A day of this schedule has no index or date.');
    const dayStart = text(d.day_start);
    const dayEnd = text(d.day_end);
    days.push({ index, date, start: dayBoundary(dayStart, zone), end: dayBoundary(dayEnd, zone) });
    const day = { index, date, dayChange: dayChangeOf(dayStart, null) };
    for (const events of roomLists(d)) {
      for (const ev of events) {
        const e = record(ev);
        if (e) entries.push(frabEntry(frabEventOf(e, base), day, zone));
      }
    }
  }
  return programmeOf(
    'c3voc-json',
    text(schedule.version),
    // pretalx puts the schedule's address beside the conference, not in it.
    conferenceOf((name) => text(conf[name]) ?? (name === 'url' ? text(schedule.url) : null), zone),
    days,
    entries,
  );
}

function roomLists(day: Record<string, Json>): Json[][] {
  const rooms = record(day.rooms);
  return rooms ? Object.values(rooms).map(list) : [];
}

function frabEventOf(e: Record<string, Json>, base: string | null): FrabEvent {
  const links = [...list(e.links), ...list(e.attachments)].map((l) => linkOf(l, base)).filter((l) => l !== null);
  return {
    guid: text(e.guid),
    id: text(e.id),
    code: text(e.code),
    slug: text(e.slug),
    title: text(e.title),
    subtitle: text(e.subtitle),
    track: text(e.track),
    type: text(e.type),
    language: text(e.language),
    abstract: text(e.abstract),
    description: text(e.description),
    date: text(e.date),
    start: text(e.start),
    duration: text(e.duration),
    room: text(e.room),
    url: webUrl(e.url, base),
    persons: list(e.persons).map(personOf).filter((p) => p !== null),
    links,
    recordings: [],
  };
}

function linkOf(l: Json, base: string | null): ProgrammeLink | null {
  if (typeof l === 'string') return link(null, l, base);
  const r = record(l);
  return r ? link(r.title, r.url, base) : null;
}

function personOf(p: Json): ProgrammeSpeaker | null {
  const r = record(p);
  if (!r) return null;
  const name = plainLine(text(r.public_name) ?? text(r.name) ?? text(r.full_public_name));
  if (name === null) return null;
  return {
    name,
    biography: plainText(text(r.biography)),
    organisation: plainLine(text(r.organisation) ?? text(r.organization)),
  };
}
