/** Checkers for single fields: ids, times, addresses, dates, and the limits they enforce. */
import { fail, int, num, oneOf, str, ValidationError, type Check } from '@/utils/model/check';
import { PLATFORMS, type ConferenceId, type NoteId, type TalkId } from '@/utils/model/ids';
import type { Lang } from '@/utils/model/types';

export const LIMITS = {
  noteText: 20_000,
  title: 500,
  name: 200,
  url: 2_000,
  videoId: 200,
  /** Seven days, in seconds: the longest recording a moment may point into. */
  moment: 7 * 24 * 3600,
  speakers: 50,
  links: 50,
  handles: 20,
  days: 60,
  order: 100_000,
  /** A programme entry's stored key: a conference id and the schedule's guid or id. */
  entryKey: 1_000,
} as const;

// Record<Lang, …> makes the compiler insist every language is listed.
const LANG_SET: Record<Lang, true> = { en: true, da: true };
export const LANGS = Object.keys(LANG_SET) as Lang[];

// Ids are refused, never cleaned: changing one would silently make it another record's id.
const UNSAFE_ID_CHAR = /[\p{Cc}\p{Cf}\p{Cs}\p{Z}\s]/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const videoId: Check<string> = (x, path) => {
  if (typeof x !== 'string' || x.length === 0 || x.length > LIMITS.videoId || UNSAFE_ID_CHAR.test(x)) {
    return fail(path, `expected a video id of 1 to ${LIMITS.videoId} characters without spaces or control characters`);
  }
  return x;
};

export const platform = oneOf(PLATFORMS);

/** `platform:videoId`, e.g. `youtube:dQw4w9WgXcQ`. */
export const talkId: Check<TalkId> = (x, path) => {
  const reason = `expected a talk id like youtube:VIDEOID, got ${typeof x === 'string' ? JSON.stringify(x.slice(0, 40)) : x === undefined ? 'nothing' : typeof x}`;
  if (typeof x !== 'string') return fail(path, reason);
  const colon = x.indexOf(':');
  if (colon < 0 || !(PLATFORMS as readonly string[]).includes(x.slice(0, colon))) return fail(path, reason);
  videoId(x.slice(colon + 1), path);
  return x as TalkId;
};

/** A UUID in any case, stored lower-case so the same id always compares equal. */
function uuid<T extends string>(): Check<T> {
  return (x, path) =>
    typeof x === 'string' && UUID.test(x) ? (x.toLowerCase() as T) : fail(path, 'expected a UUID');
}
export const noteId: Check<NoteId> = uuid<NoteId>();
export const conferenceId: Check<ConferenceId> = uuid<ConferenceId>();
/** A slide's image: a UUID like the notes'. */
export const imageId: Check<string> = uuid<string>();

/** Epoch milliseconds: a positive integer no later than the largest Date. */
export const timestamp = int({ min: 1, max: 8.64e15, what: 'a time in epoch milliseconds' });
export const moment = num({ min: 0, max: LIMITS.moment, what: 'a number of seconds' });
/** A moment in whole seconds: where a hand-marked talk starts. */
export const wholeMoment = int({ min: 0, max: LIMITS.moment, what: 'a whole number of seconds' });

const urlText = str({ max: LIMITS.url });

/**
 * An absolute http(s) address, kept in the URL parser's form (spaces and line breaks encoded
 * or refused), since it is rendered as a link: `javascript:` and the like never pass.
 */
export const webUrl: Check<string> = (x, path) => {
  let url: URL | null = null;
  try {
    url = new URL(urlText(x, path));
  } catch (e) {
    if (e instanceof ValidationError) throw e;
  }
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(path, 'expected a web address (http or https)');
  }
  return url.href;
};

/** `yyyy-MM-dd`, a real calendar date. */
export const isoDate: Check<string> = (x, path) => {
  const m = typeof x === 'string' ? ISO_DATE.exec(x) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return x as string;
  }
  return fail(path, 'expected a date like 2016-09-01');
};
