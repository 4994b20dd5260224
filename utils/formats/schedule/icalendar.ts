import ICAL from 'ical.js';
import type { Programme, ProgrammeEntry } from '@/utils/model/programme';
import { entryOf, programmeOf } from '@/utils/formats/schedule/entries';
import { ScheduleError, checkEventCount } from '@/utils/formats/schedule/errors';
import { link, text, webUrl } from '@/utils/formats/schedule/fields';
import { plainLine, plainText } from '@/utils/formats/schedule/plain-text';
import { conferenceZone, instantInZone, instantOf, isTimeZone, type WallTime } from '@/utils/formats/schedule/zoned-time';

/**
 * An iCalendar file (RFC 5545), as pretalx, Indico and calendar apps export a programme: one
 * VEVENT a talk. Speakers are the ATTENDEEs' names (else the ORGANIZER's), the track the first
 * CATEGORY. Day-long events (registration, "conference day 2") are not talks and are left out.
 */
export function readICalendar(ics: string): Programme {
  try {
    return readCalendar(new ICAL.Component(ICAL.parse(ics) as unknown[]));
  } catch (e) {
    // ical.js throws its own errors, of any kind, on what it cannot read.
    if (e instanceof ScheduleError) throw e;
    throw new ScheduleError('malformed', `This calendar file is damaged (${e instanceof Error ? e.message : String(e)}).`);
  }
}

function readCalendar(root: ICAL.Component): Programme {
  const version = text(root.getFirstPropertyValue('version'));
  if (version !== '2.0') {
    throw new ScheduleError('unknown-version', `This calendar file is of version ${version ?? 'unknown'}; only iCalendar 2.0 can be read.`);
  }
  const vevents = root.getAllSubcomponents('vevent');
  checkEventCount(vevents.length);
  const zone = conferenceZone(text(root.getFirstPropertyValue('x-wr-timezone')));
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of root.getAllSubcomponents('vtimezone')) {
    const tz = new ICAL.Timezone(vtz);
    zones.set(tz.tzid, tz);
  }
  const entries: ProgrammeEntry[] = [];
  for (const ev of vevents) {
    const entry = entryFrom(ev, zone, zones);
    if (entry) entries.push(entry);
  }
  const name = plainLine(text(root.getFirstPropertyValue('x-wr-calname')));
  return programmeOf(
    'icalendar',
    null,
    { title: name ?? 'Untitled conference', acronym: null, start: null, end: null, city: null, venue: null, timeZone: zone, language: null, url: null },
    [],
    entries,
  );
}

function entryFrom(ev: ICAL.Component, zone: string | null, zones: Map<string, ICAL.Timezone>): ProgrammeEntry | null {
  const uid = text(ev.getFirstPropertyValue('uid'));
  const title = plainLine(text(ev.getFirstPropertyValue('summary')));
  const what = `The event "${title ?? uid ?? 'without a title'}"`;
  const dtstart = ev.getFirstProperty('dtstart');
  const first = dtstart?.getFirstValue();
  if (!dtstart || !(first instanceof ICAL.Time)) throw new ScheduleError('invalid-event', `${what} has no start time (DTSTART) that can be read.`);
  if (first.isDate) return null;
  const start = instantOfProperty(dtstart, zone, zones, what);
  const dtend = ev.getFirstProperty('dtend');
  const duration = ev.getFirstPropertyValue('duration');
  const seconds =
    duration instanceof ICAL.Duration
      ? duration.toSeconds()
      : dtend?.getFirstValue() instanceof ICAL.Time
        ? Math.round((instantOfProperty(dtend, zone, zones, what) - start) / 1000)
        : 0;
  const id = uid ?? `${new Date(start).toISOString()} ${title ?? ''}`;
  const people = (name: string) => ev.getAllProperties(name).map((p) => plainLine(text(p.getParameter('cn'))));
  const attendees = people('attendee').filter((n) => n !== null);
  const speakers = attendees.length > 0 ? attendees : people('organizer').filter((n) => n !== null);
  const categories = ev.getAllProperties('categories').flatMap((p) => p.getValues().map((v) => text(v)));
  const attachments = ev
    .getAllProperties('attach')
    .map((p) => link(p.getParameter('filename'), p.getFirstValue()))
    .filter((l) => l !== null);
  return entryOf(
    {
      guid: uid !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(uid) ? uid.toLowerCase() : null,
      id,
      slug: null,
      title: title ?? 'Untitled event',
      subtitle: null,
      speakers: speakers.map((name) => ({ name, biography: null, organisation: null })),
      track: plainLine(categories.find((c) => c !== null) ?? null),
      room: plainLine(text(ev.getFirstPropertyValue('location'))),
      start,
      duration: Math.max(0, seconds),
      abstract: null,
      description: plainText(text(ev.getFirstPropertyValue('description'))),
      links: attachments,
      language: null,
      type: null,
      url: webUrl(ev.getFirstPropertyValue('url')),
      dayIndex: null,
      cancelled: text(ev.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED',
    },
    zone,
  );
}

/** A DTSTART/DTEND as an instant: UTC, a TZID (an IANA name or the file's own VTIMEZONE), else the calendar's zone. */
function instantOfProperty(prop: ICAL.Property, zone: string | null, zones: Map<string, ICAL.Timezone>, what: string): number {
  const t = prop.getFirstValue();
  if (!(t instanceof ICAL.Time)) throw new ScheduleError('invalid-event', `${what} has a time that cannot be read.`);
  const wall: WallTime = { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
  if (t.zone === ICAL.Timezone.utcTimezone) return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  const tzid = text(prop.getParameter('tzid'));
  if (tzid === null) return instantInZone(wall, zone, what);
  if (isTimeZone(tzid)) return instantOf(wall, tzid);
  const own = zones.get(tzid);
  if (!own) throw new ScheduleError('no-time-zone', `${what} starts in the time zone "${tzid.slice(0, 60)}", which the file does not describe.`);
  const copy = t.clone();
  copy.zone = own;
  return copy.toUnixTime() * 1000;
}
