/** The library page's requests: conferences and their days, search, exports and backups. */
import { MAX_BACKUP_BYTES } from '@/utils/formats/backup';
import type { ConferenceInput, Placement } from '@/utils/model/edits';
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ImportSummary, LibraryList, TalkDeletion } from '@/utils/model/replies';
import type { SearchResult } from '@/utils/model/search';
import type { Conference, Talk } from '@/utils/model/types';
import {
  describe, fail, field, int, LIMITS, optional, parseConference, parseConferenceId, parseTalkId, record, str, type Check,
} from '@/utils/model/validate';
import { bool, empty, fileSize, fileText, nullable, request } from '@/utils/messages/request';

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

type Markdown = { markdown: string; filename: string };

export const LIBRARY_REQUESTS = {
  /** Live conferences and talks with their live note counts. */
  /**
   * Large: 215 talks are ~90 KB of JSON, which runtime messaging carries through the browser
   * process; the service worker's channel hands it over cloned (messages/channel.ts).
   */
  'library.list': request<Record<string, never>, LibraryList>({ check: empty, large: true, writes: false }),
  /** Creates or replaces a conference (the page makes the id, so a retry is harmless). */
  'conference.save': request<{ conference: ConferenceInput }, Conference>({ check: record({ conference: conferenceInput }), writes: true }),
  'conference.delete': request<{ id: ConferenceId }, Conference>({ check: record({ id: parseConferenceId }), writes: true }),
  'conference.restore': request<{ id: ConferenceId }, Conference>({ check: record({ id: parseConferenceId }), writes: true }),
  /** Puts a talk in a conference day at a position (null conference: in none); answers every talk it renumbered. */
  'talk.assign': request<{ talkId: TalkId } & Placement, Talk[]>({
    check: record({
      talkId: parseTalkId,
      conferenceId: nullable(parseConferenceId),
      day: nullable(dayNumber),
      position: nullable(int({ min: 0, max: LIMITS.order, what: 'a position' })),
    }),
    writes: true,
  }),
  /** Deletes a talk and its notes; `talk.restore` undoes exactly that. */
  'talk.delete': request<{ talkId: TalkId }, TalkDeletion>({ check: record({ talkId: parseTalkId }), writes: true }),
  'talk.restore': request<{ talkId: TalkId }, TalkDeletion>({ check: record({ talkId: parseTalkId }), writes: true }),
  /** Every live note (and talk title) holding `query`, case-insensitively. */
  'notes.search': request<{ query: string; limit?: number }, SearchResult>({
    check: record({ query, limit: optional(int({ min: 1, max: 1000 })) }),
    writes: false,
  }),
  /** A conference, or one day of it (`day`), as Markdown in the conference's language. */
  'export.conference': request<{ conferenceId: ConferenceId; day: number | null; frontMatter: boolean }, Markdown>({
    check: record({ conferenceId: parseConferenceId, day: nullable(dayNumber), frontMatter: bool }),
    large: true,
    writes: false,
  }),
  /** One talk as Markdown, in its conference's language when it has one. */
  'export.talk': request<{ talkId: TalkId; frontMatter: boolean }, Markdown>({
    check: record({ talkId: parseTalkId, frontMatter: bool }),
    large: true,
    writes: false,
  }),
  'backup.export': request<Record<string, never>, { filename: string; text: string }>({ check: empty, large: true, writes: false }),
  /** Merges a backup file into the store; a bad file writes nothing and fails with a message for the user. */
  'backup.import': request<{ text: string }, ImportSummary>({
    check: record({ text: fileText(MAX_BACKUP_BYTES, 'This file is too large to be a Talk Notes backup.') }),
    large: fileSize,
    writes: true,
  }),
  /** Opens (or shows) the library page, at a talk's details or a search. */
  'library.open': request<{ talkId?: TalkId; query?: string }, null>({
    check: record({ talkId: optional(parseTalkId), query: optional(query) }),
    writes: false,
  }),
  /**
   * Sent by a library page in view every few seconds: the browser then keeps the background
   * (and its index of every note) alive, and the index is built if it was not.
   */
  'library.keepWarm': request<Record<string, never>, null>({ check: empty, writes: false }),
};
