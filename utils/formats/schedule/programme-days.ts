import type { ProgrammeDay, ProgrammeEntry } from '@/utils/model/programme';
import { formatWeekdayDate } from '@/utils/formats/labels';

export interface ProgrammeDayView {
  /** The schedule's day number; null for entries it puts on no day. */
  index: number | null;
  /** `Day 1 – Friday 14 November 2025`. */
  heading: string;
  entries: ProgrammeEntryView[];
}

export interface ProgrammeEntryView {
  entry: ProgrammeEntry;
  /** `10:00`, in the conference's own zone (a congress in Berlin is shown on Berlin's clock). */
  time: string;
}

/**
 * A programme as the library lists it: each day the schedule names (also one without events),
 * its entries by start time, each start written on the conference's clock.
 */
export function programmeDays(days: readonly ProgrammeDay[], entries: readonly ProgrammeEntry[], timeZone: string | null): ProgrammeDayView[] {
  const clock = clockIn(timeZone);
  const out = new Map<number | null, ProgrammeDayView>();
  for (const d of [...days].sort((a, b) => a.index - b.index)) {
    out.set(d.index, { index: d.index, heading: [`Day ${d.index}`, formatWeekdayDate(d.date, 'en')].filter(Boolean).join(' – '), entries: [] });
  }
  const sorted = [...entries].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const entry of sorted) {
    const key = entry.dayIndex !== null && out.has(entry.dayIndex) ? entry.dayIndex : null;
    const day = out.get(key) ?? out.set(key, { index: null, heading: 'Not on a day', entries: [] }).get(key)!;
    day.entries.push({ entry, time: clock(entry.start) });
  }
  return [...out.values()];
}

/** Writes an instant as `HH:mm` in `timeZone` (UTC when the schedule names none, or one this browser does not know). */
export function clockIn(timeZone: string | null): (iso: string) => string {
  return formatIn(timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Writes an instant with `options` (en-GB) on `timeZone`'s clock, or UTC's when the browser knows no such zone. */
export function formatIn(timeZone: string | null, options: Intl.DateTimeFormatOptions): (iso: string) => string {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timeZone ?? 'UTC' });
  } catch {
    f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
  return (iso) => f.format(new Date(iso));
}
