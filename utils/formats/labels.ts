import { format, isValid, parseISO, type Locale } from 'date-fns';
import { da } from 'date-fns/locale/da';
import { enGB } from 'date-fns/locale/en-GB';
import type { Lang } from '@/utils/model/types';

/** The words an export writes itself, in the document's language. */
export interface Labels {
  by: string;
  and: string;
  at: string;
  myThoughts: string;
  links: string;
  recording: string;
  day: string;
  /** Kept as `Q:` in Danish too: the write-ups use it, and it reads as a mark rather than a word. */
  question: string;
  /** `Tip:` in Danish too: the Danish word is the same. */
  tip: string;
  /** Heading of a conference's talks that belong to no day. */
  otherTalks: string;
  untitledTalk: string;
  untitledConference: string;
}

const LABELS: Record<Lang, Labels> = {
  en: {
    by: 'by',
    and: 'and',
    at: 'at',
    myThoughts: 'My thoughts:',
    links: 'Links:',
    recording: 'Recording',
    day: 'Day',
    question: 'Q:',
    tip: 'Tip:',
    otherTalks: 'Other talks',
    untitledTalk: 'Untitled talk',
    untitledConference: 'Untitled conference',
  },
  da: {
    by: 'af',
    and: 'og',
    at: 'hos',
    myThoughts: 'Mine tanker:',
    links: 'Links:',
    recording: 'Optagelse',
    day: 'Dag',
    question: 'Q:',
    tip: 'Tip:',
    otherTalks: 'Øvrige talks',
    untitledTalk: 'Talk uden titel',
    untitledConference: 'Konference uden navn',
  },
};

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

interface DateStyle {
  locale: Locale;
  /** `Thursday 1 September 2016` / `torsdag 1. september 2016` */
  weekdayDate: string;
  /** `1 September 2016` / `1. september 2016` */
  date: string;
  dayMonth: string;
  day: string;
}

const DATES: Record<Lang, DateStyle> = {
  en: { locale: enGB, weekdayDate: 'EEEE d MMMM yyyy', date: 'd MMMM yyyy', dayMonth: 'd MMMM', day: 'd' },
  da: { locale: da, weekdayDate: 'EEEE d. MMMM yyyy', date: 'd. MMMM yyyy', dayMonth: 'd. MMMM', day: 'd.' },
};

/**
 * Reads a `yyyy-MM-dd` date as that calendar day at local midnight (parseISO), never as UTC
 * midnight, which `new Date('2016-09-01')` would shift to the previous day west of Greenwich.
 * Anything else, or a day that does not exist (`2016-02-30`), is undefined.
 */
export function parseDay(iso: string | undefined): Date | undefined {
  if (iso === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const d = parseISO(iso);
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso ? d : undefined;
}

/** `Thursday 1 September 2016` / `torsdag 1. september 2016`; undefined for no valid date. */
export function formatWeekdayDate(iso: string | undefined, lang: Lang): string | undefined {
  const d = parseDay(iso);
  const style = DATES[lang];
  return d && format(d, style.weekdayDate, { locale: style.locale });
}

/**
 * The shortest unambiguous range: `1–2 September 2016`, `31 August – 2 September 2016`,
 * `30 December 2016 – 2 January 2017` (Danish `1.–2. september 2016`, …). One valid date
 * alone (or the same date twice) is written as that date.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, lang: Lang): string | undefined {
  const s = parseDay(start);
  const e = parseDay(end);
  const style = DATES[lang];
  const f = (d: Date, pattern: string) => format(d, pattern, { locale: style.locale });
  if (!s || !e) {
    const only = s ?? e;
    return only && f(only, style.date);
  }
  if (start === end) return f(s, style.date);
  if (e < s || s.getFullYear() !== e.getFullYear()) return `${f(s, style.date)} – ${f(e, style.date)}`;
  if (s.getMonth() !== e.getMonth()) return `${f(s, style.dayMonth)} – ${f(e, style.date)}`;
  return `${f(s, style.day)}–${f(e, style.date)}`;
}

/**
 * A day section's heading text. Chosen form: `Day 2 – Thursday 1 September 2016`, with a
 * theme `Day 1 – Monday 17 May 2021 – Cloud Native Rust Day`; Danish `Dag 1 – mandag 17. maj
 * 2021 – Cloud Native Rust Day`. One separator (the en dash the seeds use) throughout reads
 * as one line in any heading style; seed 003's `Dag 1: Mandag – …` mixes two and capitalises a
 * Danish weekday, which Danish does not do mid-sentence. Missing parts are left out.
 */
export function dayHeadingText(day: number, date: string | undefined, theme: string | undefined, lang: Lang): string {
  const parts = [`${LABELS[lang].day} ${day}`, formatWeekdayDate(date, lang), theme?.trim()];
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' – ');
}
