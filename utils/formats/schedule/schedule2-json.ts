import type { Programme, ProgrammeDay, ProgrammeEntry, ProgrammeLink, ProgrammeSpeaker } from '@/utils/model/programme';
import { conferenceOf, entryOf, programmeOf } from '@/utils/formats/schedule/entries';
import { ScheduleError, checkEventCount } from '@/utils/formats/schedule/errors';
import { link, list, record, records, text, webUrl, type Json } from '@/utils/formats/schedule/fields';
import { plainLine, plainText } from '@/utils/formats/schedule/plain-text';
import { conferenceZone, datePart, dayBoundary, instantFromIso, readDuration } from '@/utils/formats/schedule/zoned-time';

const NOT_TALKS = new Set(['BREAK']);
const CANCELLED_STATES = new Set(['CANCELED', 'CANCELLED', 'WITHDRAWN', 'DELETED', 'REJECTED']);
/** Contributors helped make the event; they did not speak in it. */
const NOT_SPEAKING = new Set(['CONTRIBUTOR']);
const VIDEO_SERVICES = new Set(['MEDIACCCDE', 'PEERTUBE']);

/**
 * The newer c3voc schedule JSON (schema `schedule2`, written by the 38C3 hub): a flat
 * `schedule.events` list with start and end instants, room and track as references, speakers
 * as `participants` whose biographies sit in `schedule.persons`, texts possibly per language.
 */
export function readSchedule2Json(doc: Record<string, Json>): Programme {
  const schedule = record(doc.schedule)!;
  const conf = record(schedule.conference)!;
  const events = list(schedule.events);
  checkEventCount(events.length);
  const zone = conferenceZone(text(conf.time_zone_name));
  const base = webUrl(schedule.base_url);
  const defaults = record(conf.defaults);
  const language = text(defaults?.language) ?? text(list(conf.languages)[0]);
  const tracks = new Map(
    records(conf.tracks).map((t) => [text(t.slug), plainLine(text(t.name))] as const),
  );
  const biographies = new Map(
    records(schedule.persons).map((p) => [text(p.guid), localized(p.biography, language)] as const),
  );
  const days: ProgrammeDay[] = list(conf.days).map((d, i) => {
    const r = record(d) ?? {};
    const date = datePart(text(r.date));
    if (date === null) throw new ScheduleError('invalid-event', `Day ${i + 1} of this schedule has no date.`);
    return { index: Number(r.index) || i + 1, date, start: dayBoundary(text(r.start), zone), end: dayBoundary(text(r.end), zone) };
  });
  const context: Context = { zone, base, language, tracks, biographies };
  const entries = records(events)
    .filter((e) => !NOT_TALKS.has(text(e.type) ?? ''))
    .map((e) => entryFrom(e, context));
  return programmeOf(
    'schedule2-json',
    text(schedule.version),
    conferenceOf((name) => text(conf[name]), zone, language),
    days,
    entries,
  );
}

/** A text given once or per language (`{"de": …, "en": …}`): the wanted language, else English, else the first. */
function localized(v: Json, language: string | null): string | null {
  const map = record(v);
  if (!map) return plainText(text(v));
  return plainText(text((language !== null ? map[language] : undefined) ?? map.en ?? Object.values(map)[0]));
}

interface Context {
  zone: string | null;
  base: string | null;
  language: string | null;
  tracks: Map<string | null, string | null>;
  biographies: Map<string | null, string | null>;
}

function entryFrom(e: Record<string, Json>, { zone, base, language, tracks, biographies }: Context): ProgrammeEntry {
  const title = plainLine(text(e.title));
  const id = text(e.code) ?? text(e.guid) ?? text(e.slug);
  const what = `The event "${title ?? id ?? 'without a title'}"`;
  const startText = text(e.start);
  if (id === null) throw new ScheduleError('invalid-event', `${what} has no guid or code.`);
  if (startText === null) throw new ScheduleError('invalid-event', `${what} has no start time.`);
  const start = instantFromIso(startText, zone, what);
  const endText = text(e.end);
  const end = endText === null ? null : instantFromIso(endText, zone, what);
  const refs = [...records(e.links), ...records(e.attachments)];
  const isVideo = (r: Record<string, Json>) => VIDEO_SERVICES.has(text(r.service) ?? '') || text(r.type) === 'MEDIA';
  const links = (videos: boolean) =>
    refs.filter((r) => isVideo(r) === videos).map((r) => link(r.title ?? typeLabel(r.type), r.url, base)).filter((l): l is ProgrammeLink => l !== null);
  const speakers: ProgrammeSpeaker[] = [];
  for (const p of records(e.participants)) {
    const name = plainLine(text(p.name));
    if (name !== null && !NOT_SPEAKING.has(text(p.role) ?? '')) {
      speakers.push({ name, biography: biographies.get(text(p.guid)) ?? null, organisation: null });
    }
  }
  const entryLanguage = text(e.language);
  const trackSlug = text(record(e.track)?.slug);
  return entryOf(
    {
      guid: text(e.guid),
      id,
      slug: text(e.slug),
      title: title ?? `Event ${id}`,
      subtitle: plainLine(text(e.subtitle)),
      speakers,
      track: tracks.get(trackSlug) ?? trackSlug,
      room: plainLine(text(record(e.room)?.name)),
      start,
      duration: end !== null ? Math.max(0, Math.round((end - start) / 1000)) : (readDuration(text(e.duration)) ?? 0),
      abstract: localized(e.abstract, entryLanguage ?? language),
      description: localized(e.description, entryLanguage ?? language),
      links: links(false),
      language: entryLanguage,
      type: text(e.type),
      url: webUrl(e.url, base),
      dayIndex: null,
      cancelled: CANCELLED_STATES.has(text(e.state) ?? ''),
    },
    zone,
    links(true),
  );
}

/** `ORIGIN` → `Origin`: a title for a link the schedule gave only a type. */
function typeLabel(type: Json): string | null {
  const t = text(type);
  return t === null ? null : t.charAt(0) + t.slice(1).toLowerCase();
}
