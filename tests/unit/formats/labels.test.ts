import { describe, expect, it } from 'vitest';
import { dayHeadingText, formatDateRange, formatWeekdayDate, labelsFor, parseDay } from '@/utils/formats/labels';

describe('labelsFor', () => {
  it.each([
    ['en', ['by', 'and', 'at', 'My thoughts:', 'Links:', 'Recording', 'Day', 'Q:', 'Tip:']],
    ['da', ['af', 'og', 'hos', 'Mine tanker:', 'Links:', 'Optagelse', 'Dag', 'Q:', 'Tip:']],
  ] as const)('in %s writes %j', (lang, words) => {
    const l = labelsFor(lang);
    expect([l.by, l.and, l.at, l.myThoughts, l.links, l.recording, l.day, l.question, l.tip]).toEqual(words);
  });
});

describe('parseDay', () => {
  it('reads an ISO day as that calendar day in local time', () => {
    const d = parseDay('2016-09-01');
    expect([d?.getFullYear(), d?.getMonth(), d?.getDate(), d?.getHours()]).toEqual([2016, 8, 1, 0]);
  });

  it.each(['2016-02-30', '2016-13-01', '2016-9-1', '2016-09-01T10:00', '01-09-2016', '', 'yesterday'])(
    'refuses %j',
    (text) => {
      expect(parseDay(text)).toBeUndefined();
    },
  );
});

describe('formatWeekdayDate', () => {
  it.each([
    ['2016-09-01', 'en', 'Thursday 1 September 2016'],
    ['2016-09-01', 'da', 'torsdag 1. september 2016'],
    ['2021-05-17', 'da', 'mandag 17. maj 2021'],
    ['2016-31-01', 'en', undefined],
  ] as const)('%s in %s is %j', (iso, lang, out) => {
    expect(formatWeekdayDate(iso, lang)).toBe(out);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2016-09-01', '2016-09-02', 'en', '1–2 September 2016'],
    ['2016-08-31', '2016-09-02', 'en', '31 August – 2 September 2016'],
    ['2016-12-30', '2017-01-02', 'en', '30 December 2016 – 2 January 2017'],
    ['2016-09-01', '2016-09-01', 'en', '1 September 2016'],
    ['2016-09-01', undefined, 'en', '1 September 2016'],
    [undefined, '2016-09-02', 'en', '2 September 2016'],
    [undefined, undefined, 'en', undefined],
    ['2016-09-02', '2016-09-01', 'en', '2 September 2016 – 1 September 2016'],
    ['2016-09-01', '2016-09-02', 'da', '1.–2. september 2016'],
    ['2016-08-31', '2016-09-02', 'da', '31. august – 2. september 2016'],
    ['2016-12-30', '2017-01-02', 'da', '30. december 2016 – 2. januar 2017'],
  ] as const)('%s to %s in %s is %j', (start, end, lang, out) => {
    expect(formatDateRange(start, end, lang)).toBe(out);
  });
});

describe('dayHeadingText', () => {
  it.each([
    [2, '2016-09-01', undefined, 'en', 'Day 2 – Thursday 1 September 2016'],
    [2, '2016-09-01', undefined, 'da', 'Dag 2 – torsdag 1. september 2016'],
    [1, '2021-05-17', 'Cloud Native Rust Day', 'da', 'Dag 1 – mandag 17. maj 2021 – Cloud Native Rust Day'],
    [1, undefined, 'Workshops', 'en', 'Day 1 – Workshops'],
    [3, undefined, '  ', 'en', 'Day 3'],
  ] as const)('day %j, %j, theme %j in %s is %j', (day, date, theme, lang, out) => {
    expect(dayHeadingText(day, date, theme, lang)).toBe(out);
  });
});
