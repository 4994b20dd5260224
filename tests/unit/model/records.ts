// Valid records for tests; override any field.
import { markIdOf, type ConferenceId, type NoteId, type TalkId } from '@/utils/model/ids';
import type { Conference, Note, Talk, TalkMark } from '@/utils/model/types';

export const NOTE_1 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c01' as NoteId;
export const NOTE_2 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c02' as NoteId;
export const CONF_1 = 'c0f00000-0000-4000-8000-000000000001' as ConferenceId;
export const TALK_1 = 'youtube:dQw4w9WgXcQ' as TalkId;
export const TALK_2 = 'vimeo:76979871' as TalkId;

export function aNote(over: Partial<Note> = {}): Note {
  return {
    id: NOTE_1,
    talkId: TALK_1,
    at: 42,
    kind: 'note',
    text: 'Diversity is key to innovation.',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

export function aTalk(over: Partial<Talk> = {}): Talk {
  return {
    id: TALK_1,
    platform: 'youtube',
    videoId: 'dQw4w9WgXcQ',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    title: 'When Containers Attack',
    speakers: [{ name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: ['@anne_e_currie'] }],
    links: [{ label: 'Slides', url: 'https://speakerdeck.com/anne/containers' }],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

export function aConference(over: Partial<Conference> = {}): Conference {
  return {
    id: CONF_1,
    name: 'Software Circus 2016 – Amsterdam',
    tagline: 'To the Cloud and Beyond',
    startDate: '2016-08-31',
    endDate: '2016-09-02',
    venue: 'Pakhuis West',
    lang: 'en',
    days: [{ number: 1, date: '2016-08-31', theme: 'Workshops' }],
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...over,
  };
}

/** A hand-marked talk start; its id follows `recording` and `at` unless given. */
export function aMark(over: Partial<TalkMark> = {}): TalkMark {
  const recording = over.recording ?? TALK_1;
  const at = over.at ?? 3120;
  return { id: markIdOf(recording, at), recording, at, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...over };
}
