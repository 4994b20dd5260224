import type { ProgrammeEntry } from '@/utils/model/programme';
import { clockIn, formatIn } from '@/utils/formats/schedule/programme-days';

/** A programme entry as the sidebar shows it: enough to tell it from its neighbours, all plain text. */
export interface EntryCard {
  /** The stored entry's key, which the person's choice sends back. */
  key: string;
  conference: string;
  title: string;
  subtitle: string | null;
  speakers: string[];
  /** `Day 2 · Sat 28 Dec · 11:00`, on the conference's clock. */
  when: string;
  room: string | null;
  track: string | null;
  abstract: string | null;
  cancelled: boolean;
}

/** Longest abstract the sidebar shows; the library holds the rest. */
const ABSTRACT = 600;

export function entryCard(key: string, conference: string, entry: ProgrammeEntry): EntryCard {
  const zone = entry.timeZone;
  const date = dateIn(zone)(entry.start);
  const when = [entry.dayIndex !== null ? `Day ${entry.dayIndex}` : null, date, clockIn(zone)(entry.start)].filter((x) => x !== null).join(' · ');
  const abstract = entry.abstract ?? entry.description;
  return {
    key,
    conference,
    title: entry.title,
    subtitle: entry.subtitle,
    speakers: entry.speakers.map((s) => s.name),
    when,
    room: entry.room,
    track: entry.track,
    abstract: abstract === null ? null : abstract.length > ABSTRACT ? `${abstract.slice(0, ABSTRACT - 1)}…` : abstract,
    cancelled: entry.cancelled,
  };
}

/** Writes an instant as `Sat 28 Dec` in `timeZone`. */
function dateIn(timeZone: string | null): (iso: string) => string {
  const f = formatIn(timeZone, { weekday: 'short', day: 'numeric', month: 'short' });
  return (iso) => f(iso).replace(',', '');
}
