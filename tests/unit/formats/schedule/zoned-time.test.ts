import { describe, expect, it } from 'vitest';
import { dateIn, instantOf, readClock, readDuration } from '@/utils/formats/schedule/zoned-time';

const at = (zone: string, year: number, month: number, day: number, hour: number, minute = 0) =>
  new Date(instantOf({ year, month, day, hour, minute, second: 0 }, zone)).toISOString();

describe('wall-clock times in a zone', () => {
  it('applies winter and summer offsets', () => {
    expect(at('Europe/Berlin', 2024, 12, 27, 11)).toBe('2024-12-27T10:00:00.000Z');
    expect(at('Europe/Berlin', 2024, 8, 15, 11)).toBe('2024-08-15T09:00:00.000Z');
    expect(at('America/New_York', 2025, 3, 14, 9, 30)).toBe('2025-03-14T13:30:00.000Z');
    expect(at('Asia/Kolkata', 2025, 1, 10, 10)).toBe('2025-01-10T04:30:00.000Z');
  });

  it('moves a time in the spring-forward gap on by the gap (02:30 is 03:30 summer time), and takes the first of the repeated autumn hour', () => {
    expect(at('Europe/Berlin', 2025, 3, 30, 2, 30)).toBe('2025-03-30T01:30:00.000Z');
    expect(at('Europe/Berlin', 2025, 10, 26, 2, 30)).toBe('2025-10-26T00:30:00.000Z');
  });

  it('names the calendar day of an instant in a zone', () => {
    expect(dateIn(Date.parse('2024-12-27T23:30:00Z'), 'Europe/Berlin')).toBe('2024-12-28');
    expect(dateIn(Date.parse('2024-12-27T23:30:00Z'), 'America/Los_Angeles')).toBe('2024-12-27');
  });
});

describe('durations and clock times', () => {
  it.each([
    ['00:40', 2400],
    ['1:30', 5400],
    ['01:30:15', 5415],
    ['PT45M', 2700],
    ['PT1H30M', 5400],
    ['P1DT2H', 93600],
    ['PT', null],
    ['forty minutes', null],
  ])('reads the duration %s as %s seconds', (text, seconds) => {
    expect(readDuration(text)).toBe(seconds);
  });

  it('reads clock times, refusing minutes past 59', () => {
    expect([readClock('09:30'), readClock('25:15'), readClock('9:60'), readClock('noon')]).toEqual([34200, 90900, null, null]);
  });
});
