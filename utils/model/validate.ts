/**
 * Parsers for everything that comes from outside: content-script messages, page metadata,
 * imported backups. Each returns a new object holding only known fields, cleaned, or throws a
 * ValidationError whose message a UI can show (`notes[3].at: expected a number of seconds ≥ 0`).
 */
import { arrayOf, dropIfInvalid, fail, field, int, num, oneOf, optional, record, str, type Check } from '@/utils/model/check';
import {
  conferenceId,
  imageId,
  isoDate,
  LANGS,
  LIMITS,
  moment,
  noteId,
  platform,
  talkId,
  timestamp,
  videoId,
  webUrl,
  wholeMoment,
} from '@/utils/model/fields';
import { markIdOf, type ConferenceId, type NoteId, type TalkId } from '@/utils/model/ids';
import {
  NOTE_KINDS,
  type Conference,
  type ConferenceDay,
  type Draft,
  type Note,
  type Speaker,
  type Talk,
  type TalkLink,
  type TalkMark,
  type TalkMeta,
} from '@/utils/model/types';
import type { MetaPatch } from '@/utils/model/talk-ref';
import { SLIDE_MAX_SIDE, SLIDE_TYPES, type SlideRef } from '@/utils/model/slide';

export * from '@/utils/model/check';
export * from '@/utils/model/fields';

const line = (max: number, truncate = false) => str({ max, line: true, truncate });
const text = (max: number) => str({ max });
const noteKind = oneOf(NOTE_KINDS);

function speakerCheck(truncate: boolean): Check<Speaker> {
  return record<Speaker>({
    name: str({ max: LIMITS.name, min: 1, line: true, truncate }),
    role: optional(line(LIMITS.name, truncate)),
    org: optional(line(LIMITS.name, truncate)),
    handles: optional(arrayOf(line(LIMITS.name, truncate), { max: LIMITS.handles, truncate })),
  });
}
const speakers = arrayOf(speakerCheck(false), { max: LIMITS.speakers });

const link = record<TalkLink>({ label: line(LIMITS.title), url: webUrl });

const stamped = { createdAt: timestamp, updatedAt: timestamp, deletedAt: optional(timestamp) };

const side = int({ min: 1, max: SLIDE_MAX_SIDE, what: `a size in pixels up to ${SLIDE_MAX_SIDE}` });
const slideRef = record<SlideRef>({ imageId, width: side, height: side, type: oneOf(SLIDE_TYPES) });

const note = record<Note>({
  id: noteId,
  talkId,
  at: moment,
  kind: noteKind,
  text: text(LIMITS.noteText),
  slide: optional(slideRef),
  ...stamped,
});

const talkFields = record<Talk>({
  id: talkId,
  platform,
  videoId,
  url: webUrl,
  title: line(LIMITS.title),
  channel: optional(line(LIMITS.name)),
  duration: optional(num({ min: 0, max: LIMITS.moment, what: 'a length in seconds' })),
  speakers,
  conferenceId: optional(conferenceId),
  day: optional(int({ min: 1, max: LIMITS.days, what: 'a day number' })),
  order: optional(int({ min: 0, max: LIMITS.order, what: 'a position' })),
  programmeEntry: optional((x, p) => (x === null ? null : line(LIMITS.entryKey)(x, p))),
  links: arrayOf(link, { max: LIMITS.links }),
  summary: optional(text(LIMITS.noteText)),
  thoughts: optional(text(LIMITS.noteText)),
  verdict: optional(text(LIMITS.noteText)),
  ...stamped,
});
// The id is derived from the recording; one that disagrees would merge with another talk.
const talk: Check<Talk> = (x, path) => {
  const t = talkFields(x, path);
  const id = `${t.platform}:${t.videoId}`;
  return t.id === id ? t : fail(field(path, 'id'), `expected ${id}, the platform and video id`);
};

const day = record<ConferenceDay>({
  number: int({ min: 1, max: LIMITS.days, what: 'a day number' }),
  date: optional(isoDate),
  theme: optional(line(LIMITS.title)),
  intro: optional(text(LIMITS.noteText)),
});

const conference = record<Conference>({
  id: conferenceId,
  name: line(LIMITS.name),
  tagline: optional(line(LIMITS.title)),
  startDate: optional(isoDate),
  endDate: optional(isoDate),
  venue: optional(line(LIMITS.name)),
  intro: optional(text(LIMITS.noteText)),
  closing: optional(text(LIMITS.noteText)),
  lang: oneOf(LANGS),
  days: arrayOf(day, { max: LIMITS.days }),
  ...stamped,
});

const markFields = record<TalkMark>({
  id: str({ max: LIMITS.videoId + 40, line: true }) as Check<TalkMark['id']>,
  recording: talkId,
  at: wholeMoment,
  ...stamped,
});
// The id is derived from the recording and the moment; one that disagrees would merge with another mark.
const mark: Check<TalkMark> = (x, path) => {
  const m = markFields(x, path);
  const id = markIdOf(m.recording, m.at);
  return m.id === id ? m : fail(field(path, 'id'), `expected ${id}, the recording and the moment`);
};

const draft = record<Draft>({
  talkId,
  at: moment,
  kind: noteKind,
  text: text(LIMITS.noteText),
  updatedAt: timestamp,
});

// Page metadata is not the user's writing and must not stop the sidebar: overlong text is
// cut and extra speakers dropped; wrong types, ids and addresses are still refused.
const metaFields = {
  url: webUrl,
  title: line(LIMITS.title, true),
  channel: optional(line(LIMITS.name, true)),
  duration: dropIfInvalid(num({ min: 0, max: LIMITS.moment })),
  speakers: arrayOf(speakerCheck(true), { max: LIMITS.speakers, truncate: true }),
};
const talkMeta = record<TalkMeta>({ platform, videoId, ...metaFields });
const metaPatch = record<MetaPatch>({
  url: optional(metaFields.url),
  title: optional(metaFields.title),
  channel: metaFields.channel,
  duration: metaFields.duration,
  speakers: optional(metaFields.speakers),
});

export const parseNote = (x: unknown, path = ''): Note => note(x, path);
export const parseSlideRef = (x: unknown, path = ''): SlideRef => slideRef(x, path);
export const parseTalk = (x: unknown, path = ''): Talk => talk(x, path);
export const parseConference = (x: unknown, path = ''): Conference => conference(x, path);
export const parseDraft = (x: unknown, path = ''): Draft => draft(x, path);
export const parseMark = (x: unknown, path = ''): TalkMark => mark(x, path);
export const parseSpeaker = (x: unknown, path = ''): Speaker => speakerCheck(false)(x, path);
/** Page metadata from a content script. */
export const parseTalkMeta = (x: unknown, path = ''): TalkMeta => talkMeta(x, path);
/** A partial update of page metadata (see SiteAdapter.readMeta). */
export const parseMetaPatch = (x: unknown, path = ''): MetaPatch => metaPatch(x, path);
export const parseTalkId = (x: unknown, path = ''): TalkId => talkId(x, path);
export const parseNoteId = (x: unknown, path = ''): NoteId => noteId(x, path);
export const parseConferenceId = (x: unknown, path = ''): ConferenceId => conferenceId(x, path);
