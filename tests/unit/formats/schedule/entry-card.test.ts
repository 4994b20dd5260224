import { describe, expect, it } from 'vitest';
import { entryCard } from '@/utils/formats/schedule/entry-card';
import { searchEntries } from '@/utils/formats/schedule/entry-search';
import type { ProgrammeEntry } from '@/utils/model/programme';

const entry = (over: Partial<ProgrammeEntry>): ProgrammeEntry => ({
  guid: null, id: '1', slug: null, title: 'Zoë’s Async Rust', subtitle: null, speakers: [{ name: 'Zoë Ørsted', biography: null, organisation: null }],
  track: 'Languages', room: 'H.1302 (Depage)', start: '2025-02-01T23:30:00.000Z', timeZone: 'Europe/Brussels', duration: 1800,
  abstract: null, description: null, links: [], language: 'en', type: null, recordings: [], url: null, dayIndex: 1, cancelled: false, ...over,
});

describe('an entry as the sidebar shows it', () => {
  it('writes its day, date and time on the conference’s clock (past midnight there: the next date)', () => {
    expect(entryCard('k', 'FOSDEM', entry({}))).toEqual({
      key: 'k', conference: 'FOSDEM', title: 'Zoë’s Async Rust', subtitle: null, speakers: ['Zoë Ørsted'],
      when: 'Day 1 · Sun 2 Feb · 00:30', room: 'H.1302 (Depage)', track: 'Languages', abstract: null, cancelled: false,
    });
  });

  it('falls back to UTC for an unknown zone, leaves out an unknown day, and cuts a long abstract', () => {
    const card = entryCard('k', 'X', entry({ timeZone: 'Mars/Olympus', dayIndex: null, description: 'a'.repeat(700) }));
    expect(card.when).toBe('Sat 1 Feb · 23:30');
    expect(card.abstract).toHaveLength(600);
    expect(card.abstract!.endsWith('a…')).toBe(true);
  });
});

describe('searching a programme’s entries', () => {
  const entries = [entry({ id: '1' }), entry({ id: '2', title: 'Rust in the Kernel', speakers: [], room: 'Saal 1', track: null }), entry({ id: '3', title: 'Gardening' })];

  it('finds entries where every word typed begins a word of title, speakers, room or track, accents aside', () => {
    expect(searchEntries(entries, 'rust', 10).map((e) => e.id)).toEqual(['1', '2']);
    expect(searchEntries(entries, 'ZOE orst', 10).map((e) => e.id)).toEqual(['1', '3']);
    expect(searchEntries(entries, 'rust saal', 10).map((e) => e.id)).toEqual(['2']);
    expect(searchEntries(entries, 'rust', 1).map((e) => e.id)).toEqual(['1']);
  });

  it('finds nothing for no words or a word nothing has', () => {
    expect(searchEntries(entries, ' – ', 10)).toEqual([]);
    expect(searchEntries(entries, 'kotlin', 10)).toEqual([]);
  });
});
