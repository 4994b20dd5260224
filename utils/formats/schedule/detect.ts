import { ScheduleError } from '@/utils/formats/schedule/errors';
import { list, record, text, type Json } from '@/utils/formats/schedule/fields';

export type Detected =
  | { format: 'c3voc-json' | 'schedule2-json'; json: Record<string, Json> }
  | { format: 'frab-xml' | 'icalendar'; text: string };

/** The c3voc schemas' addresses: `…/schedule/schema.json` (1), `…/schema/schedule2` (2). */
const SCHEMA_NAME = /(?:^|\/)(?:schema(\d*)(?:\.json)?|schedule(\d*)(?:\.json)?)$/i;

/** Which format a file is in, from its content alone (a `.json` may be anything). */
export function detectSchedule(content: string): Detected {
  const t = content.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('{')) return detectJson(t);
  if (/^BEGIN:VCALENDAR\r?\n/i.test(t)) return { format: 'icalendar', text: t };
  if (t.startsWith('<')) {
    if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>])/i.test(t)) {
      throw new ScheduleError('not-a-schedule', 'This is a web page, not a schedule file. Look for the schedule\'s "export" links (XML, JSON or iCal).');
    }
    return { format: 'frab-xml', text: t };
  }
  if (t.startsWith('[')) throw new ScheduleError('not-a-schedule', 'This JSON file is a list, not a schedule.');
  throw new ScheduleError('not-a-schedule', 'This file is not a schedule: schedules come as JSON, XML or iCalendar (.ics).');
}

function detectJson(t: string): Detected {
  let doc: Json;
  try {
    doc = JSON.parse(t);
  } catch (e) {
    throw new ScheduleError('malformed', `This JSON file is damaged (${e instanceof Error ? e.message : String(e)}).`);
  }
  const root = record(doc) ?? {};
  const schedule = record(root.schedule);
  const conference = record(schedule?.conference);
  if (!schedule || !conference) {
    throw new ScheduleError('not-a-schedule', 'This JSON file is not a conference schedule: it has no "schedule" with a "conference".');
  }
  const version = schemaVersion(text(root.$schema));
  const days = list(conference.days).map(record);
  // schedule2 lists events beside the days; version 1 files them under each day's rooms.
  const format = Array.isArray(schedule.events)
    ? 'schedule2-json'
    : days.length === 0 || days.some((d) => record(d?.rooms) !== null)
      ? 'c3voc-json'
      : null;
  // A file that declares a later schema is refused rather than half read.
  if (format === null || (version !== null && version > 2)) {
    throw new ScheduleError(
      'unknown-version',
      `This schedule is in a version of the c3voc format that this extension cannot read yet${version !== null ? ` (schema ${version})` : ''}.`,
    );
  }
  return { format, json: root };
}

/** 1 or 2 from the file's `$schema` address, null when it names none of ours. */
function schemaVersion(schema: string | null): number | null {
  if (schema === null || !/c3voc|schedule|schema/i.test(schema)) return null;
  const m = SCHEMA_NAME.exec(schema.replace(/[#?].*$/, ''));
  if (!m) return null;
  const n = m[1] || m[2];
  return n ? Number(n) : 1;
}
