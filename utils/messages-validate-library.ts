/** Payload checkers for the library page's requests; messages-validate.ts spreads them into its table. */
import type { LibraryRequestType, Req } from '@/utils/messages';
import { MAX_BACKUP_BYTES } from '@/utils/formats/backup';
import {
  describe, fail, field, int, LIMITS, optional, parseConference, parseConferenceId, parseTalkId, record, str, type Check,
} from '@/utils/model/validate';
import type { ConferenceInput } from '@/utils/model/edits';

const nullable = <T,>(check: Check<T>): Check<T | null> => (x, p) => (x === null ? null : check(x, p));
const bool: Check<boolean> = (x, p) => (typeof x === 'boolean' ? x : fail(p, `expected true or false, got ${describe(x)}`));
const empty = record<Record<string, never>>({});
const query = str({ max: 500, line: true });
const dayNumber = int({ min: 1, max: LIMITS.days, what: 'a day number' });

/** A conference as the page sends it: the stored record's rules, without the stamps the store sets. */
const conferenceInput: Check<ConferenceInput> = (x, path) => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return fail(path, `expected an object, got ${describe(x)}`);
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...input } = parseConference({ ...x, createdAt: 1, updatedAt: 1, deletedAt: undefined }, path);
  if (input.name.trim() === '') fail(field(path, 'name'), 'expected non-empty text');
  const numbers = input.days.map((d) => d.number);
  const twice = numbers.findIndex((n, i) => numbers.indexOf(n) !== i);
  if (twice >= 0) fail(`${field(path, 'days')}[${twice}].number`, `day ${numbers[twice]} is listed twice`);
  return input;
};

/** The backup's text is passed on untouched: parseBackup judges it and words the message. */
const backupText: Check<string> = (x, path) => {
  if (typeof x !== 'string') return fail(path, `expected text, got ${describe(x)}`);
  return x.length > MAX_BACKUP_BYTES ? fail(path, 'This file is too large to be a Talk Notes backup.') : x;
};

export const LIBRARY_PAYLOADS: { [K in LibraryRequestType]: Check<Req<K>> } = {
  'library.list': empty,
  'conference.save': record({ conference: conferenceInput }),
  'conference.delete': record({ id: parseConferenceId }),
  'conference.restore': record({ id: parseConferenceId }),
  'talk.assign': record({
    talkId: parseTalkId,
    conferenceId: nullable(parseConferenceId),
    day: nullable(dayNumber),
    position: nullable(int({ min: 0, max: LIMITS.order, what: 'a position' })),
  }),
  'talk.delete': record({ talkId: parseTalkId }),
  'talk.restore': record({ talkId: parseTalkId }),
  'notes.search': record({ query, limit: optional(int({ min: 1, max: 1000 })) }),
  'export.conference': record({ conferenceId: parseConferenceId, day: nullable(dayNumber), frontMatter: bool }),
  'export.talk': record({ talkId: parseTalkId, frontMatter: bool }),
  'backup.export': empty,
  'backup.import': record({ text: backupText }),
  'library.open': record({ talkId: optional(parseTalkId), query: optional(query) }),
  'library.keepWarm': empty,
};
