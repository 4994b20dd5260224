// fast-check arbitraries for valid records, drawn from small pools so ids, stamps and
// contents collide often: the cases a merge must get right.
import fc from 'fast-check';
import { markIdOf, type ConferenceId, type NoteId, type TalkId } from '@/utils/model/ids';
import { NOTE_KINDS, type Conference, type ConferenceDay, type Note, type Speaker, type Talk, type TalkMark } from '@/utils/model/types';
import type { Dataset } from '@/utils/model/dataset';

const NOTE_IDS = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002', 'ffffffff-0000-4000-8000-000000000003'] as NoteId[];
const CONF_IDS = ['c0000000-0000-4000-8000-000000000001', 'c0000000-0000-4000-8000-000000000002'] as ConferenceId[];
const VIDEOS = [
  { platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  { platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871' },
] as const;

/** createdAt, updatedAt and sometimes deletedAt, from a few values so ties happen. */
const stamps = fc.record(
  { createdAt: fc.integer({ min: 1, max: 3 }), updatedAt: fc.integer({ min: 1, max: 4 }), deletedAt: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: ['createdAt', 'updatedAt'] },
);

export const note: fc.Arbitrary<Note> = fc
  .record({
    id: fc.constantFrom(...NOTE_IDS),
    talkId: fc.constantFrom(...VIDEOS.map((v) => `${v.platform}:${v.videoId}` as TalkId)),
    at: fc.constantFrom(0, 42, 3600.5),
    kind: fc.constantFrom(...NOTE_KINDS),
    text: fc.constantFrom('a', 'b', 'Æ “q”', 'multi\nline'),
    stamps,
  })
  .map(({ stamps: s, ...rest }) => ({ ...rest, ...s }));

export const talk: fc.Arbitrary<Talk> = fc
  .record({
    video: fc.constantFrom(...VIDEOS),
    title: fc.constantFrom('One', 'Two'),
    speakers: fc.constantFrom<Speaker[]>([], [{ name: 'Anne Currie', handles: ['@anne_e_currie'] }]),
    conferenceId: fc.option(fc.constantFrom(...CONF_IDS), { nil: undefined }),
    stamps,
  })
  .map(({ video, stamps: s, conferenceId, ...rest }) => ({
    id: `${video.platform}:${video.videoId}` as TalkId,
    ...video,
    ...rest,
    ...(conferenceId ? { conferenceId } : {}),
    links: [],
    ...s,
  }));

export const conference: fc.Arbitrary<Conference> = fc
  .record({
    id: fc.constantFrom(...CONF_IDS),
    name: fc.constantFrom('Software Circus', 'CloudNative Summit'),
    lang: fc.constantFrom('en' as const, 'da' as const),
    days: fc.constantFrom<ConferenceDay[]>([], [{ number: 1, date: '2016-08-31' }]),
    stamps,
  })
  .map(({ stamps: s, ...rest }) => ({ ...rest, ...s }));

export const mark: fc.Arbitrary<TalkMark> = fc
  .record({
    recording: fc.constantFrom(...VIDEOS.map((v) => `${v.platform}:${v.videoId}` as TalkId)),
    at: fc.constantFrom(0, 600, 3120),
    stamps,
  })
  .map(({ stamps: s, recording, at }) => ({ id: markIdOf(recording, at), recording, at, ...s }));

/** A dataset as a store holds it: at most one record per id. */
export const dataset: fc.Arbitrary<Dataset> = fc.record({
  talks: fc.uniqueArray(talk, { selector: (r) => r.id, maxLength: 2 }),
  notes: fc.uniqueArray(note, { selector: (r) => r.id, maxLength: 3 }),
  conferences: fc.uniqueArray(conference, { selector: (r) => r.id, maxLength: 2 }),
  marks: fc.uniqueArray(mark, { selector: (r) => r.id, maxLength: 3 }),
});
