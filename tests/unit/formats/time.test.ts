import { describe, expect, it } from 'vitest';
import { formatMoment, parseMoment } from '@/utils/formats/time';

describe('formatMoment', () => {
  it.each([
    [0, '0:00'],
    [0.99, '0:00'],
    [5, '0:05'],
    [59.9, '0:59'],
    [60, '1:00'],
    [754, '12:34'],
    [3599, '59:59'],
    [3600, '1:00:00'],
    [3725, '1:02:05'],
    [36000 + 61, '10:01:01'],
    [-3, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('%s s is %s', (seconds, label) => {
    expect(formatMoment(seconds)).toBe(label);
  });
});

describe('parseMoment', () => {
  it.each([
    ['1:02:03', 3723],
    ['2:03', 123],
    ['45', 45],
    ['1h2m3s', 3723],
    ['90s', 90],
    ['1:60', null],
    ['1:60:00', null],
    ['', null],
    ['soon', null],
  ])('%j is %s', (text, seconds) => {
    expect(parseMoment(text)).toBe(seconds);
  });

  it('reads back every label it writes', () => {
    for (const s of [0, 1, 59, 60, 61, 3599, 3600, 3601, 86399]) expect(parseMoment(formatMoment(s))).toBe(s);
  });
});
