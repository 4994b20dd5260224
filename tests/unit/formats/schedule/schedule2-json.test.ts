import { describe, expect, it } from 'vitest';
import { parseSchedule } from '@/utils/formats/schedule/parse-schedule';
import { scheduleFixture } from './fixture';

describe('the newer c3voc schedule JSON (schedule2)', () => {
  const p = parseSchedule(scheduleFixture('schedule2.json'));

  it('reads the conference, its default language and its days', () => {
    expect(p.format).toBe('schedule2-json');
    expect(p.version).toBe('2025-12-26 18:05');
    expect(p.conference).toEqual({
      title: '39th Example Congress',
      acronym: '39c3',
      start: '2025-12-27',
      end: '2025-12-30',
      city: null,
      venue: null,
      timeZone: 'Europe/Berlin',
      language: 'en',
      url: 'https://events.example.net/congress/2025/',
    });
    expect(p.days.map((d) => [d.index, d.date, d.start, d.end])).toEqual([
      [1, '2025-12-27', '2025-12-27T09:00:00.000Z', '2025-12-28T05:00:00.000Z'],
      [2, '2025-12-28', '2025-12-28T05:00:00.000Z', '2025-12-29T05:00:00.000Z'],
    ]);
  });

  it('reads an event: duration from start and end, track name by slug, speakers but not contributors, biographies from persons, texts in its language', () => {
    expect(p.entries[0]).toEqual({
      guid: '4b6e1f2a-9c3d-5e7f-8a1b-2c3d4e5f6071',
      id: 'KX3JQP',
      slug: '39c3-breaking-smart-meters',
      title: 'Breaking Smart Meters',
      subtitle: 'A tale of three firmwares',
      speakers: [
        { name: 'Friederike Lang', biography: 'Friederike breaks embedded devices for a living.', organisation: null },
        { name: 'nibble', biography: null, organisation: null },
      ],
      track: 'Security',
      room: 'Saal 1',
      start: '2025-12-27T22:30:00.000Z',
      timeZone: 'Europe/Berlin',
      duration: 2400,
      abstract: 'We opened three meters and found five bugs.',
      description: 'Long version.\n\nWith photos.',
      links: [
        { title: 'Origin', url: 'https://fahrplan.example.net/congress/2025/fahrplan/talk/KX3JQP/' },
        { title: 'Slides', url: 'https://example.net/meters.pdf' },
      ],
      language: 'en',
      type: 'TALK',
      recordings: [{ title: 'Recording', url: 'https://media.ccc.de/v/39c3-breaking-smart-meters' }],
      url: 'https://events.example.net/congress/2025/hub/event/39c3-breaking-smart-meters/',
      dayIndex: 1,
      cancelled: false,
    });
  });

  it('leaves breaks out, marks a cancelled event, and picks its German abstract', () => {
    expect(p.entries.map((e) => e.title)).toEqual(['Breaking Smart Meters', 'Digitale Teilhabe für alle']);
    expect(p.entries[1]).toMatchObject({
      cancelled: true,
      dayIndex: 2,
      abstract: 'Ein Gespräch über Barrieren.',
      description: null,
      subtitle: null,
      room: 'Stage HUFF',
      track: 'Ethics, Society & Politics',
      speakers: [{ name: 'Selin Aydın', biography: 'Selin moderates.', organisation: null }],
    });
  });
});
