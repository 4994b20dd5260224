import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

describe('frab/pentabarf XML as FOSDEM writes it', () => {
  const p = parseSchedule(scheduleFixture('fosdem.xml'));

  it('reads the conference with its venue and city; a day without start and end keeps nulls', () => {
    expect(p.format).toBe('frab-xml');
    expect(p.conference).toEqual({
      title: 'FOSDEM 2025',
      acronym: 'fosdem-2025',
      start: '2025-02-01',
      end: '2025-02-02',
      city: 'Brussels',
      venue: 'ULB (Université Libre de Bruxelles)',
      timeZone: 'Europe/Brussels',
      language: null,
      url: null,
    });
    expect(p.days).toEqual([
      { index: 1, date: '2025-02-01', start: '2025-02-01T08:00:00.000Z', end: '2025-02-01T18:00:00.000Z' },
      { index: 2, date: '2025-02-02', start: null, end: null },
    ]);
  });

  it('reads an event; its video links are recordings; escaped HTML in the abstract becomes text', () => {
    expect(p.entries[0]).toEqual({
      guid: 'b7c1f4d2-0e3a-5c6b-9d8e-1f2a3b4c5d60',
      id: '6712',
      slug: 'fosdem-2025-6712-welcome-to-fosdem-2025',
      title: 'Welcome to FOSDEM 2025',
      subtitle: null,
      speakers: [
        { name: 'FOSDEM Staff', biography: null, organisation: null },
        { name: 'Richard "RichiH" Hartmann', biography: null, organisation: null },
      ],
      track: 'Keynotes',
      room: 'Janson',
      start: '2025-02-01T08:30:00.000Z',
      timeZone: 'Europe/Brussels',
      duration: 1500,
      abstract: 'FOSDEM welcome and opening talk.',
      description: null,
      links: [{ title: 'Submit feedback', url: 'https://submission.fosdem.org/feedback/6712.php' }],
      language: null,
      type: 'keynote',
      recordings: [
        { title: 'Video recording (AV1/WebM)', url: 'https://video.fosdem.org/2025/janson/fosdem-2025-6712-welcome-to-fosdem-2025.av1.webm' },
        { title: 'Video recording (MP4)', url: 'https://video.fosdem.org/2025/janson/fosdem-2025-6712-welcome-to-fosdem-2025.mp4' },
      ],
      url: 'https://fosdem.org/2025/schedule/event/fosdem-2025-6712-welcome-to-fosdem-2025/',
      dayIndex: 1,
      cancelled: false,
    });
  });

  it('keeps paragraphs of an HTML abstract, drops its script, decodes entities once', () => {
    expect(p.entries[1]!.title).toBe('Async Rust & You: Without Tears');
    expect(p.entries[1]!.abstract).toBe('Futures, executors and the borrow checker.\n\nWith live demos & no slides.');
    expect(p.entries[1]!.links.map((l) => l.title)).toEqual(['Demo code', 'Slides']);
  });

  it('places an event with only a clock time on its day in the conference zone', () => {
    expect(p.entries[2]).toMatchObject({ id: '6801', start: '2025-02-02T16:00:00.000Z', duration: 900, dayIndex: 2, language: 'en', url: null });
  });
});

describe('frab XML as pretalx writes it', () => {
  const p = parseSchedule(scheduleFixture('pretalx.xml'));

  it('reads version, conference address, persons, codes and relative attachments', () => {
    expect(p.version).toBe('0.9');
    expect(p.conference.url).toBe('https://pretalx.example.nl/pyams25/');
    expect(p.conference.timeZone).toBe('Europe/Amsterdam');
    expect(p.entries.map((e) => [e.id, e.guid, e.start, e.duration, e.speakers.map((s) => s.name)])).toEqual([
      ['42', 'e0f4c7a5-3b6d-5f9e-8ab1-4c5d6e7f8093', '2025-03-14T09:00:00.000Z', 2400, ['Sanne de Vries', 'Arjun Mehta']],
      ['43', 'f1a5d8b6-4c7e-5a0f-9bc2-5d6e7f8091a4', '2025-03-14T10:00:00.000Z', 1500, ['Léa Martin']],
    ]);
    expect(p.entries[0]).toMatchObject({
      description: 'From CSV chaos to tidy frames.',
      links: [{ title: 'Slides', url: 'https://pretalx.example.nl/media/pyams25/submissions/RFK8QT/resources/slides.pdf' }],
      recordings: [{ title: 'Recording', url: 'https://www.youtube.com/watch?v=PdPain0042x' }],
      track: 'Data',
    });
    expect(p.entries[1]).toMatchObject({ subtitle: 'Gradual types in legacy code', abstract: null });
  });
});

const xmlEvent = (inner: string, conference = '<time_zone_name>Europe/Berlin</time_zone_name><day_change>06:00</day_change>') => `<?xml version="1.0"?>
<schedule><conference><title>T</title>${conference}</conference>
<day index="1" date="2024-12-27"><room name="R"><event id="1" guid="00000000-0000-4000-8000-000000000001">
<start>01:30</start><duration>00:30</duration><title>A talk</title>${inner}</event></room></day></schedule>`;

describe('frab XML edge cases', () => {
  it('puts an event before the day change on the next calendar day', () => {
    expect(parseSchedule(xmlEvent('')).entries[0]!.start).toBe('2024-12-28T00:30:00.000Z');
  });

  it('reads HTML given as elements (not escaped) and in CDATA as text', () => {
    const p = parseSchedule(xmlEvent('<abstract><p>One <b>bold</b> line</p><p>Two</p></abstract><description><![CDATA[<ul><li>a</li><li>b &amp; c</li></ul>]]></description>'));
    expect(p.entries[0]).toMatchObject({ abstract: 'One bold line\n\nTwo', description: 'a\nb & c' });
  });

  it('refuses clock times when neither the event nor the conference names a zone', () => {
    expect(() => parseSchedule(xmlEvent('', ''))).toThrow(
      'The event "A talk" starts at a time with no time zone, and the schedule names none for the conference, so its moment is unknown.',
    );
  });
});
