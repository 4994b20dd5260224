import { describe, expect, it } from 'vitest';
import { chaptersFrom, clockSeconds, parseChapters, subEventsToChapters } from '@/utils/sites/metadata/chapters';
import type { EventInfo } from '@/utils/sites/metadata/metadata';

const lines = (...l: string[]) => l.join('\n');

describe('parseChapters', () => {
  it('reads a conference stream description into talks with speakers', () => {
    const description = lines(
      'Day 2 of RustConf, main track. Slides: https://example.org/slides',
      '',
      '0:00:00 Opening',
      '0:12:30 Async Rust in Practice – Jane Doe',
      '0:55:10 Writing a Compiler by Ada Lovelace and Grace Hopper',
      '1:40:00 Closing',
      'Thanks to our sponsors!',
    );
    expect(parseChapters(description)).toEqual([
      { at: 0, title: 'Opening', speakers: [] },
      { at: 750, title: 'Async Rust in Practice', speakers: [{ name: 'Jane Doe' }] },
      { at: 3310, title: 'Writing a Compiler', speakers: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }] },
      { at: 6000, title: 'Closing', speakers: [] },
    ]);
  });

  it.each<[string, string, { at: number; title: string }[] | null]>([
    ['plain m:ss lines', lines('0:00 Intro', '1:05 Why', '10:00 How'), [{ at: 0, title: 'Intro' }, { at: 65, title: 'Why' }, { at: 600, title: 'How' }]],
    ['separators and brackets', lines('(00:00) Intro', '[01:00] - Why', '• 02:00: How'), [{ at: 0, title: 'Intro' }, { at: 60, title: 'Why' }, { at: 120, title: 'How' }]],
    ['hours without padding', lines('0:00 A', '59:50 B', '1:00:00 C'), [{ at: 0, title: 'A' }, { at: 3590, title: 'B' }, { at: 3600, title: 'C' }]],
    ['lines with times later on ignored', lines('0:00 A', 'at 0:30 she says hi', '1:00 B', '2:00 C'), [{ at: 0, title: 'A' }, { at: 60, title: 'B' }, { at: 120, title: 'C' }]],
    ['no 0:00 first', lines('0:05 Intro', '1:00 Why', '2:00 How'), null],
    ['fewer than three', lines('0:00 Intro', '5:00 Outro'), null],
    ['a chapter under 10 s', lines('0:00 Intro', '0:09 Why', '2:00 How'), null],
    ['out of order', lines('0:00 Intro', '3:00 Why', '2:00 How'), null],
    ['seconds over 59', lines('0:00 Intro', '1:75 Why', '3:00 How', '4:00 End'), [{ at: 0, title: 'Intro' }, { at: 180, title: 'How' }, { at: 240, title: 'End' }]],
    ['no timestamps', 'Just a description.', null],
    ['an empty description', '', null],
  ])('handles %s', (_, description, expected) => {
    const got = parseChapters(description);
    expect(got && got.map(({ at, title }) => ({ at, title }))).toEqual(expected);
  });

  it('refuses a last chapter under 10 s when the duration is known', () => {
    const description = lines('0:00 A', '1:00 B', '2:00 C');
    expect(parseChapters(description, 125)).toBeNull();
    expect(parseChapters(description, 130)).toHaveLength(3);
  });

  it('keeps hostile chapter titles as plain capped text', () => {
    const chapters = parseChapters(lines(`0:00 <b>x</b>\u0000${'y'.repeat(5000)}`, '1:00 B', '2:00 C'))!;
    expect(chapters[0]!.title.startsWith('<b>x</b>yyy')).toBe(true);
    expect(chapters[0]!.title.length).toBe(300);
  });
});

describe('chaptersFrom', () => {
  it('applies the same rules to marks read from a chapter panel', () => {
    expect(chaptersFrom([{ at: 0, text: 'A' }, { at: 30, text: 'B' }])).toBeNull();
    expect(chaptersFrom([{ at: 0, text: 'A' }, { at: 30, text: 'B' }, { at: 60, text: 'C – Jane Doe' }])).toEqual([
      { at: 0, title: 'A', speakers: [] },
      { at: 30, title: 'B', speakers: [] },
      { at: 60, title: 'C', speakers: [{ name: 'Jane Doe' }] },
    ]);
  });
});

describe('clockSeconds', () => {
  it.each([
    ['0:00', 0],
    ['12:34', 754],
    ['1:02:03', 3723],
    ['01:02:03', 3723],
    ['1:60:00', null],
    ['1:61', null],
  ])('reads %s as %s', (text, seconds) => {
    expect(clockSeconds(text)).toBe(seconds);
  });
});

describe('subEventsToChapters', () => {
  const day = (talks: EventInfo[], startsAt?: number): EventInfo => ({ speakers: [], talks, ...(startsAt === undefined ? {} : { startsAt }) });
  const talk = (title: string, startsAt?: number, speaker?: string): EventInfo => ({
    title, speakers: speaker ? [{ name: speaker }] : [], talks: [], ...(startsAt === undefined ? {} : { startsAt }),
  });
  const nine = Date.parse('2024-06-02T09:00:00+02:00');

  it('places each talk at its offset into the day, with its performers, in order', () => {
    expect(subEventsToChapters(day([talk('B', nine + 3_600_000, 'Bea'), talk('A', nine + 600_000, 'Al')], nine))).toEqual([
      { at: 600, title: 'A', speakers: [{ name: 'Al' }] },
      { at: 3600, title: 'B', speakers: [{ name: 'Bea' }] },
    ]);
  });

  it('leaves out talks without a time, before the day, or a day later, and days without a time', () => {
    expect(subEventsToChapters(day([talk('none'), talk('early', nine - 1000), talk('late', nine + 86_400_000)], nine))).toEqual([]);
    expect(subEventsToChapters(day([talk('A', nine + 600_000)]))).toEqual([]);
  });
});
