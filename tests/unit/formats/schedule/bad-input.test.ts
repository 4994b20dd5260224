import { describe, expect, it } from 'vitest';
import { ScheduleError } from '@/utils/formats/schedule/errors';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

/** The code and message a file is refused with. */
function refusal(content: string | Uint8Array): { code: string; message: string } {
  try {
    parseSchedule(content);
  } catch (e) {
    if (e instanceof ScheduleError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('the file was accepted');
}

const v1 = (events: unknown[], conference: Record<string, unknown> = { time_zone_name: 'Europe/Berlin' }) =>
  JSON.stringify({
    schedule: {
      version: '1',
      conference: { title: 'C', acronym: 'c', ...conference, days: [{ index: 1, date: '2024-05-01', rooms: { Hall: events } }] },
    },
  });
const event = (over: Record<string, unknown> = {}) => ({ id: 1, guid: 'g-1', date: '2024-05-01T10:00:00+02:00', duration: '00:30', title: 'Talk', ...over });

describe('files that are not schedules', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Schedule</title></head></html>', 'not-a-schedule', 'This is a web page, not a schedule file. Look for the schedule\'s "export" links (XML, JSON or iCal).'],
    ['plain text', 'Day 1: talks all day', 'not-a-schedule', 'This file is not a schedule: schedules come as JSON, XML or iCalendar (.ics).'],
    ['a JSON list', '[1, 2]', 'not-a-schedule', 'This JSON file is a list, not a schedule.'],
    ['other JSON', '{"name": "talk-notes", "version": "1.0.0"}', 'not-a-schedule', 'This JSON file is not a conference schedule: it has no "schedule" with a "conference".'],
    ['other XML', '<?xml version="1.0"?><rss><channel/></rss>', 'not-a-schedule', 'This XML file is not a schedule: it has no <schedule> element.'],
    ['an empty file', '', 'not-a-schedule', 'This file is not a schedule: schedules come as JSON, XML or iCalendar (.ics).'],
  ])('refuses %s', (_, content, code, message) => {
    expect(refusal(content)).toEqual({ code, message });
  });

  it('refuses bytes that are not UTF-8 text', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28]))).toEqual({
      code: 'not-a-schedule',
      message: 'This file is not text (or not UTF-8): schedules come as JSON, XML or iCalendar.',
    });
  });
});

describe('files given as bytes', () => {
  it('reads UTF-8, and XML in the encoding its declaration names', () => {
    const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><schedule><conference><title>Café Días</title></conference></schedule>';
    expect(parseSchedule(latin1(xml)).conference.title).toBe('Café Días');
    expect(parseSchedule(new TextEncoder().encode(xml.replace('ISO-8859-1', 'UTF-8'))).conference.title).toBe('Café Días');
  });
});

describe('damaged files', () => {
  it('says where XML is damaged', () => {
    expect(refusal('<?xml version="1.0"?>\n<schedule>\n<conference><title>T</title>\n</schedule>')).toEqual({
      code: 'malformed',
      message: expect.stringMatching(/^This XML file is damaged \(line \d+: .+\)\.$/),
    });
  });

  it('says JSON is damaged', () => {
    expect(refusal('{"schedule": {"conference": ')).toMatchObject({ code: 'malformed', message: expect.stringMatching(/^This JSON file is damaged \(.+\)\.$/) });
  });

  it('says an iCalendar file is damaged', () => {
    expect(refusal('BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nthis line has no colon\nEND:VEVENT\nEND:VCALENDAR\n')).toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/^This calendar file is damaged \(.+\)\.$/),
    });
  });
});

describe('versions this cannot read', () => {
  it('refuses a JSON schema newer than schedule2', () => {
    const doc = JSON.parse(scheduleFixture('schedule2.json'));
    doc.$schema = 'https://c3voc.de/schema/schedule3';
    expect(refusal(JSON.stringify(doc))).toEqual({
      code: 'unknown-version',
      message: 'This schedule is in a version of the c3voc format that this extension cannot read yet (schema 3).',
    });
  });

  it('refuses c3voc JSON whose days hold neither rooms nor an event list', () => {
    expect(refusal('{"schedule": {"version": "x", "conference": {"title": "C", "days": [{"index": 1, "date": "2024-05-01", "talks": []}]}}}')).toEqual({
      code: 'unknown-version',
      message: 'This schedule is in a version of the c3voc format that this extension cannot read yet.',
    });
  });

  it('refuses vCalendar 1.0', () => {
    expect(refusal('BEGIN:VCALENDAR\r\nVERSION:1.0\r\nEND:VCALENDAR\r\n')).toEqual({
      code: 'unknown-version',
      message: 'This calendar file is of version 1.0; only iCalendar 2.0 can be read.',
    });
  });
});

describe('limits', () => {
  it('refuses a file over 20 MB before reading it, as text or as bytes', () => {
    const big = ' '.repeat(20 * 1024 * 1024 + 1);
    const message = 'This file is larger than 20 MB; no conference schedule is that large.';
    expect(refusal(big)).toEqual({ code: 'too-large', message });
    expect(refusal(new Uint8Array(20 * 1024 * 1024 + 1))).toEqual({ code: 'too-large', message });
    expect(refusal('é'.repeat(10 * 1024 * 1024 + 1))).toEqual({ code: 'too-large', message });
  });

  it('refuses more than 10,000 events', () => {
    const events = Array.from({ length: 10_001 }, (_, i) => event({ id: i + 1, guid: `g-${i}` }));
    expect(refusal(v1(events))).toEqual({
      code: 'too-many-events',
      message: 'This schedule lists 10,001 events; at most 10,000 can be imported.',
    });
  });
});

describe('untrusted fields', () => {
  it('keeps HTML in titles, names and abstracts as plain text, never markup', () => {
    const p = parseSchedule(
      v1([
        event({
          title: '<b>Bold</b> &amp; <i>brave</i><script>alert(1)</script>',
          subtitle: '<img src=x onerror=alert(1)>',
          abstract: '<p>First</p><p>Second <a href="javascript:alert(1)">link</a></p>',
          persons: [{ public_name: '<span style="x">Ada</span> Lovelace' }],
        }),
      ]),
    );
    expect(p.entries[0]).toMatchObject({
      title: 'Bold & brave',
      subtitle: null,
      abstract: 'First\n\nSecond link',
      speakers: [{ name: 'Ada Lovelace', biography: null, organisation: null }],
    });
  });

  it('takes a time without an offset in the conference zone', () => {
    expect(parseSchedule(v1([event({ date: '2024-05-01T10:00:00' })])).entries[0]!.start).toBe('2024-05-01T08:00:00.000Z');
  });

  it('refuses a time without an offset when the conference names no zone', () => {
    expect(refusal(v1([event({ date: '2024-05-01T10:00:00' })], {}))).toEqual({
      code: 'no-time-zone',
      message: 'The event "Talk" starts at a time with no time zone, and the schedule names none for the conference, so its moment is unknown.',
    });
  });

  it('refuses iCalendar times with no zone, or a zone the file does not describe', () => {
    const ics = (start: string, calendar = '') =>
      `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n${calendar}BEGIN:VEVENT\r\nUID:a@b\r\nDTSTAMP:20250101T000000Z\r\n${start}\r\nSUMMARY:Talk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
    expect(refusal(ics('DTSTART:20250301T100000'))).toEqual({
      code: 'no-time-zone',
      message: 'The event "Talk" starts at a time with no time zone, and the schedule names none for the conference, so its moment is unknown.',
    });
    expect(parseSchedule(ics('DTSTART:20250301T100000', 'X-WR-TIMEZONE:Europe/Lisbon\r\n')).entries[0]!.start).toBe('2025-03-01T10:00:00.000Z');
    expect(refusal(ics('DTSTART;TZID=Central Conference Time:20250301T100000'))).toEqual({
      code: 'no-time-zone',
      message: 'The event "Talk" starts in the time zone "Central Conference Time", which the file does not describe.',
    });
  });

  it('refuses a zone name no browser knows', () => {
    expect(refusal(v1([event()], { time_zone_name: 'Mars/Olympus_Mons' }))).toEqual({
      code: 'no-time-zone',
      message: 'The schedule\'s time zone "Mars/Olympus_Mons" is not one this browser knows.',
    });
  });

  it('refuses an event whose start cannot be read, naming it', () => {
    expect(refusal(v1([event({ date: 'soon', start: 'after lunch' })]))).toEqual({
      code: 'invalid-event',
      message: 'The event "Talk" has no start time that can be read.',
    });
    expect(refusal(v1([event({ date: '2024-13-45T10:00:00+01:00' })]))).toEqual({
      code: 'invalid-event',
      message: 'The event "Talk" has a start time that cannot be read: "2024-13-45T10:00:00+01:00".',
    });
  });
});
