/**
 * Conference programmes in a backup: each stored programme with its entries, under the backup's
 * `programmes` key. Read as strictly as the rest of a backup (every field checked, unknown ones
 * dropped), since a restore writes them to the store.
 */
import type { Programme, ProgrammeConference, ProgrammeDay, ProgrammeEntry, ProgrammeLink, ProgrammeSpeaker } from '@/utils/model/programme';
import type { StoredProgramme } from '@/utils/model/programme-records';
import { MAX_SCHEDULE_EVENTS } from '@/utils/formats/schedule/errors';
import { arrayOf, describe, fail, int, num, oneOf, optional, parseConferenceId, record, str, timestamp, webUrl, type Check } from '@/utils/model/validate';

/** A programme as a backup holds it: the stored header, its entries (with when a recording of each was opened). */
export interface BackupProgramme extends StoredProgramme {
  entries: (ProgrammeEntry & { openedAt?: number })[];
}

const orNull = <T,>(check: Check<T>): Check<T | null> => (x, p) => (x === null || x === undefined ? null : check(x, p));
const line = str({ max: 2_000, line: true });
const text = str({ max: 200_000 });
const maybeLine = orNull(line);
const maybeText = orNull(text);
const iso = str({ max: 40, line: true });
const instant: Check<string> = (x, p) => {
  const s = iso(x, p);
  return Number.isNaN(Date.parse(s)) ? fail(p, 'expected a date and time') : s;
};
const bool: Check<boolean> = (x, p) => (typeof x === 'boolean' ? x : fail(p, `expected true or false, got ${describe(x)}`));
const maybeUrl = orNull(webUrl);

const linkCheck = record<ProgrammeLink>({ title: line, url: webUrl });
const speakerCheck = record<ProgrammeSpeaker>({ name: line, biography: maybeText, organisation: maybeLine });
const dayCheck = record<ProgrammeDay>({ index: int({ min: 0, max: 1_000 }), date: iso, start: orNull(instant), end: orNull(instant) });
const conferenceCheck = record<ProgrammeConference>({
  title: line, acronym: maybeLine, start: orNull(iso), end: orNull(iso), city: maybeLine, venue: maybeLine, timeZone: maybeLine, language: maybeLine, url: maybeUrl,
});
const entryFields = {
  guid: maybeLine, id: line, slug: maybeLine, title: line, subtitle: maybeLine,
  speakers: arrayOf(speakerCheck, { max: 500 }), track: maybeLine, room: maybeLine, start: instant, timeZone: maybeLine,
  duration: num({ min: 0, max: 1e7 }), abstract: maybeText, description: maybeText, links: arrayOf(linkCheck, { max: 500 }),
  language: maybeLine, type: maybeLine, recordings: arrayOf(linkCheck, { max: 500 }), url: maybeUrl,
  dayIndex: orNull(int({ min: 0, max: 1_000 })), cancelled: bool,
};
const entryCheck = record<ProgrammeEntry & { openedAt?: number }>({ ...entryFields, openedAt: optional(timestamp) });
const FORMATS: Programme['format'][] = ['c3voc-json', 'schedule2-json', 'frab-xml', 'icalendar'];
const programmeFields = {
  format: oneOf(FORMATS),
  version: maybeLine,
  conference: conferenceCheck,
  days: arrayOf(dayCheck, { max: 1_000 }),
};

export const parseBackupProgramme: Check<BackupProgramme> = record<BackupProgramme>({
  conferenceId: parseConferenceId,
  importedAt: timestamp,
  ...programmeFields,
  entries: arrayOf(entryCheck, { max: MAX_SCHEDULE_EVENTS }),
});

/**
 * A programme the library page read from a schedule file, as a message carries it: checked field
 * by field like a backup's (the sender is a page, so untrusted), without the store's own fields.
 */
export const parseProgramme: Check<Programme> = record<Programme>({
  ...programmeFields,
  entries: arrayOf(record<ProgrammeEntry>(entryFields), { max: MAX_SCHEDULE_EVENTS }),
});
