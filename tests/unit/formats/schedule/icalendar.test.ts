import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

describe('iCalendar', () => {
  const p = parseSchedule(scheduleFixture('winterdays.ics'));

  it('names the conference from X-WR-CALNAME and derives one day per date in its zone', () => {
    expect(p.format).toBe('icalendar');
    expect(p.conference).toEqual({
      title: 'Open Source Winter Days 2026',
      acronym: null,
      start: '2026-01-30',
      end: '2026-01-31',
      city: null,
      venue: null,
      timeZone: 'Europe/Berlin',
      language: null,
      url: null,
    });
    expect(p.days).toEqual([
      { index: 1, date: '2026-01-30', start: null, end: null },
      { index: 2, date: '2026-01-31', start: null, end: null },
    ]);
  });

  it('reads a VEVENT: TZID start and DTEND, folded DESCRIPTION, ATTENDEE as speaker, CATEGORIES as track, a UUID UID as guid', () => {
    expect(p.entries[0]).toEqual({
      guid: '3f1c9a2e-7b4d-4e8f-9a1b-2c3d4e5f6a70',
      id: '3f1c9a2e-7b4d-4e8f-9a1b-2c3d4e5f6a70',
      slug: null,
      title: 'Keynote: Software That Lasts',
      subtitle: null,
      speakers: [{ name: 'Ingrid Solberg', biography: null, organisation: null }],
      track: 'Keynotes',
      room: 'Hall A',
      start: '2026-01-30T08:30:00.000Z',
      timeZone: 'Europe/Berlin',
      duration: 2700,
      abstract: null,
      description: 'Why some projects survive for decades and others fade.\nA look at maintainers, funding and boring technology.',
      links: [],
      language: null,
      type: null,
      recordings: [],
      url: 'https://winterdays.example.org/2026/talks/software-that-lasts',
      dayIndex: 1,
      cancelled: false,
    });
  });

  it("reads a zone the file describes itself, DURATION, a UTC time, the ORGANIZER when no ATTENDEE, STATUS:CANCELLED; leaves day-long events out", () => {
    expect(p.entries.map((e) => [e.id, e.start, e.duration, e.speakers.map((s) => s.name), e.track, e.cancelled, e.description])).toEqual([
      ['3f1c9a2e-7b4d-4e8f-9a1b-2c3d4e5f6a70', '2026-01-30T08:30:00.000Z', 2700, ['Ingrid Solberg'], 'Keynotes', false, expect.any(String)],
      ['talk-118@winterdays.example.org', '2026-01-30T10:00:00.000Z', 2700, ['Tomás Ruiz', 'Aiko Tanaka'], 'Supply Chain', false, 'Bit-for-bit identical binaries.'],
      ['talk-119@winterdays.example.org', '2026-01-31T13:00:00.000Z', 1800, ['Programme Committee'], null, true, null],
    ]);
  });
});
