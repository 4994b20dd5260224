import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Programme, ProgrammeDay, ProgrammeEntry, ProgrammeLink, ProgrammeSpeaker } from '@/utils/model/programme';
import { conferenceOf, programmeOf } from '@/utils/formats/schedule/entries';
import { ScheduleError, checkEventCount } from '@/utils/formats/schedule/errors';
import { link, list, record, records, text, webUrl, type Json } from '@/utils/formats/schedule/fields';
import { dayChangeOf, frabEntry, type FrabEvent } from '@/utils/formats/schedule/frab-event';
import { plainLine } from '@/utils/formats/schedule/plain-text';
import { conferenceZone, datePart, dayBoundary } from '@/utils/formats/schedule/zoned-time';

/** Elements that may come more than once: read as lists even when there is one. */
const REPEATED = new Set(['day', 'room', 'event', 'person', 'link', 'attachment']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Abstracts may hold HTML as elements rather than escaped: their raw text is read as HTML.
  stopNodes: ['*.abstract', '*.description'],
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATED.has(name),
});

/** The frab/pentabarf XML (FOSDEM, frab, pretalx): `<schedule><conference/><day><room><event>`. */
export function readFrabXml(xml: string): Programme {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ScheduleError('malformed', `This XML file is damaged (line ${valid.err.line}: ${valid.err.msg}).`);
  }
  const doc = record(parseXml(xml));
  const schedule = record(doc?.schedule);
  if (!schedule) throw new ScheduleError('not-a-schedule', 'This XML file is not a schedule: it has no <schedule> element.');
  const conf = record(schedule.conference) ?? {};
  const rawDays = records(schedule.day);
  const rooms = (d: Record<string, Json>) => records(d.room);
  checkEventCount(rawDays.reduce((n, d) => n + rooms(d).reduce((m, r) => m + list(r.event).length, 0), 0));
  const zone = conferenceZone(value(conf.time_zone_name));
  const base = webUrl(value(conf.base_url));
  const dayChange = value(conf.day_change);
  const days: ProgrammeDay[] = [];
  const entries: ProgrammeEntry[] = [];
  for (const d of rawDays) {
    const index = Number(d['@index']);
    const date = datePart(text(d['@date']));
    if (!Number.isInteger(index) || date === null) throw new ScheduleError('invalid-event', 'A <day> of this schedule has no index or date.');
    const start = text(d['@start']);
    const end = text(d['@end']);
    days.push({ index, date, start: dayBoundary(start, zone), end: dayBoundary(end, zone) });
    const day = { index, date, dayChange: dayChangeOf(start, dayChange) };
    for (const room of rooms(d)) {
      for (const ev of records(room.event)) entries.push(frabEntry(frabEventOf(ev, text(room['@name']), base), day, zone));
    }
  }
  return programmeOf(
    'frab-xml',
    value(schedule.version),
    conferenceOf((name) => value(conf[name]), zone),
    days,
    entries,
  );
}

function parseXml(xml: string): Json {
  try {
    return parser.parse(xml);
  } catch (e) {
    // The validator passes a few damaged files that the parser then refuses.
    throw new ScheduleError('malformed', `This XML file is damaged (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/** An element's text, whether it came with attributes (`{#text}`) or without. */
function value(v: Json): string | null {
  return text(record(v)?.['#text'] ?? v);
}

function rawValue(v: Json): string | null {
  const raw = value(v);
  if (raw === null) return null;
  // Without child elements, the raw text still holds its XML escapes (`&lt;p&gt;`): undo them once.
  return raw.includes('<') ? raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : decodeXml(raw);
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
    const n = name.toLowerCase();
    if (n[0] === '#') {
      const code = n[1] === 'x' ? parseInt(n.slice(2), 16) : parseInt(n.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[n] ?? all;
  });
}

function frabEventOf(ev: Record<string, Json>, roomName: string | null, base: string | null): FrabEvent {
  const refs = (container: Json, tag: string) =>
    list(record(container)?.[tag]).map((l) => link(value(l), record(l)?.['@href'], base)).filter((l) => l !== null);
  const recording = record(ev.recording);
  const recordings = [recording?.url, ...list(recording?.link), ev.video_download_url]
    .map((u) => link('Recording', value(u), base))
    .filter((l): l is ProgrammeLink => l !== null);
  return {
    guid: text(ev['@guid']),
    id: text(ev['@id']),
    code: text(ev['@code']),
    slug: value(ev.slug),
    title: value(ev.title),
    subtitle: value(ev.subtitle),
    track: value(ev.track),
    type: value(ev.type),
    language: value(ev.language),
    abstract: rawValue(ev.abstract),
    description: rawValue(ev.description),
    date: value(ev.date),
    start: value(ev.start),
    duration: value(ev.duration),
    room: value(ev.room) ?? roomName,
    url: webUrl(value(ev.url), base),
    persons: list(record(ev.persons)?.person).map(personOf).filter((p) => p !== null),
    links: [...refs(ev.links, 'link'), ...refs(ev.attachments, 'attachment')],
    recordings,
  };
}

function personOf(p: Json): ProgrammeSpeaker | null {
  const name = plainLine(value(p));
  return name === null ? null : { name, biography: null, organisation: null };
}
