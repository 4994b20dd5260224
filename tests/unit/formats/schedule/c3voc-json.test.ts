import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

const none = { biography: null, organisation: null };

describe('c3voc schedule.json as pretalx writes it', () => {
  const p = parseSchedule(scheduleFixture('pretalx.json'));

  it('reads the conference and its days, a day running past midnight to its day_end', () => {
    expect(p.format).toBe('c3voc-json');
    expect(p.version).toBe('v1.3');
    expect(p.conference).toEqual({
      title: 'HackTalk 2025',
      acronym: 'hacktalk25',
      start: '2025-11-14',
      end: '2025-11-15',
      city: null,
      venue: null,
      timeZone: 'Europe/Berlin',
      language: null,
      url: 'https://pretalx.example.org/hacktalk25/schedule/',
    });
    expect(p.days).toEqual([
      { index: 1, date: '2025-11-14', start: '2025-11-14T03:00:00.000Z', end: '2025-11-15T02:59:00.000Z' },
      { index: 2, date: '2025-11-15', start: '2025-11-15T03:00:00.000Z', end: '2025-11-16T02:59:00.000Z' },
    ]);
  });

  it('reads every field of an event; Markdown and `Vec<T>` stay as written', () => {
    expect(p.entries[0]).toEqual({
      guid: '8a0c3e5d-6f1b-5b8e-9a43-2d1f3c4b5a61',
      id: '101',
      slug: 'hacktalk25-101-the-state-of-memory-safety',
      title: 'The State of Memory Safety',
      subtitle: null,
      speakers: [
        { name: 'Jana Nováková', biography: 'Jana works on compilers.', organisation: null },
        { name: 'Omar Haddad', ...none },
      ],
      track: 'Security',
      room: 'Großer Saal',
      start: '2025-11-14T09:00:00.000Z',
      timeZone: 'Europe/Berlin',
      duration: 2400,
      abstract: 'Why `Vec<T>` bounds checks are cheaper than you think, and what C++ can learn.',
      description: 'We measure **real** programs.\n\nThen we argue about them.',
      links: [{ title: 'Slides', url: 'https://slides.example.org/memory-safety.pdf' }],
      language: 'en',
      type: 'Talk',
      recordings: [],
      url: 'https://pretalx.example.org/hacktalk25/talk/QX7PLM/',
      dayIndex: 1,
      cancelled: false,
    });
  });

  it('orders entries by start; an event after midnight stays on its day; attachments resolve against base_url', () => {
    expect(p.entries.map((e) => [e.id, e.start, e.dayIndex, e.room])).toEqual([
      ['101', '2025-11-14T09:00:00.000Z', 1, 'Großer Saal'],
      ['103', '2025-11-14T13:00:00.000Z', 1, 'Workshop Room'],
      ['102', '2025-11-14T23:30:00.000Z', 1, 'Großer Saal'],
      ['104', '2025-11-15T10:15:00.000Z', 2, 'Großer Saal'],
    ]);
    expect(p.entries[1]!.links).toEqual([
      { title: 'Parts list', url: 'https://pretalx.example.org/media/hacktalk25/submissions/MN4BVX/resources/parts.pdf' },
    ]);
    expect(p.entries[2]).toMatchObject({ subtitle: 'Five minutes each', abstract: null, track: null, speakers: [], duration: 3600 });
  });
});

describe('c3voc schedule.json as frab writes it', () => {
  const p = parseSchedule(scheduleFixture('frab.json'));

  it('reads persons by public_name, and by full_public_name in older exports', () => {
    expect(p.entries.map((e) => e.speakers.map((s) => s.name))).toEqual([['jinxx', 'Hanna Weiß'], ['Dr. Kai Brenner'], ['Hanna Weiß']]);
  });

  it('takes recording links apart from the others and drops addresses that are not http(s)', () => {
    expect(p.entries.map((e) => [e.recordings, e.links])).toEqual([
      [[{ title: 'Recording on media.ccc.de', url: 'https://media.ccc.de/v/camp2023-2001-opening-ceremony' }], []],
      [[], [{ title: 'Notes', url: 'https://fahrplan.example.net/system/event_attachments/attachments/000/004/117/original/sdr-notes.pdf' }]],
      [[{ title: 'YouTube mirror', url: 'https://www.youtube.com/watch?v=Mesh4ever01' }], []],
    ]);
  });

  it('reads times with their own offset, durations as seconds, CRLF descriptions as lines', () => {
    expect(p.version).toBe('Lichtenberg 1.2');
    expect(p.entries[1]).toMatchObject({
      id: '2002',
      guid: '6f9a3b2d-4c8e-4daf-b2a3-7e4c9f8dab21',
      start: '2023-08-15T23:15:00.000Z',
      duration: 5400,
      dayIndex: 1,
      subtitle: 'SDR for the sleepless',
      track: 'Hardware & Making',
      type: 'workshop',
      language: 'de',
      description: 'Bring a laptop.\n\nWe provide the dongles.',
      url: 'https://fahrplan.example.net/camp/2023/Fahrplan/events/2002.html',
    });
  });
});
