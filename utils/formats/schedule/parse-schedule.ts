import type { Programme } from '@/utils/model/programme';
import { readC3vocJson } from '@/utils/formats/schedule/c3voc-json';
import { detectSchedule } from '@/utils/formats/schedule/detect';
import { MAX_SCHEDULE_BYTES, ScheduleError } from '@/utils/formats/schedule/errors';
import { readFrabXml } from '@/utils/formats/schedule/frab-xml';
import { readICalendar } from '@/utils/formats/schedule/icalendar';
import { readSchedule2Json } from '@/utils/formats/schedule/schedule2-json';

/**
 * The one way in: a schedule file's content (text, or the bytes of a file read whole) as a
 * programme. Throws a ScheduleError, whose message can be shown as it is, for anything else.
 */
export function parseSchedule(content: string | ArrayBuffer | Uint8Array): Programme {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > MAX_SCHEDULE_BYTES || (typeof content === 'string' && size > MAX_SCHEDULE_BYTES / 3 && utf8Length(content) > MAX_SCHEDULE_BYTES)) {
    throw new ScheduleError('too-large', `This file is larger than ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB; no conference schedule is that large.`);
  }
  const text = typeof content === 'string' ? content : decode(content);
  const found = detectSchedule(text);
  switch (found.format) {
    case 'c3voc-json':
      return readC3vocJson(found.json);
    case 'schedule2-json':
      return readSchedule2Json(found.json);
    case 'frab-xml':
      return readFrabXml(found.text);
    case 'icalendar':
      return readICalendar(found.text);
  }
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).byteLength;
}

/** UTF-8, unless an XML declaration names another encoding (older exports say ISO-8859-1). */
function decode(bytes: ArrayBuffer | Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 100));
  const declared = /^<\?xml[^>]*\sencoding=["']([\w.:-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(declared, { fatal: true }).decode(bytes);
  } catch {
    throw new ScheduleError('not-a-schedule', 'This file is not text (or not UTF-8): schedules come as JSON, XML or iCalendar.');
  }
}
