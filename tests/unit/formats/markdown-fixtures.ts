import type { ConferenceId, NoteId, TalkId } from '@/utils/model/ids';
import type { Conference, Note, NoteKind, Talk } from '@/utils/model/types';

/** A YouTube talk with nothing optional set; tests add what they exercise. */
export function makeTalk(over: Partial<Talk> = {}): Talk {
  const videoId = over.videoId ?? 'VIDEOID0001';
  return {
    id: `youtube:${videoId}` as TalkId,
    platform: 'youtube',
    videoId,
    url: `https://www.youtube.com/watch?v=${videoId}`,
    title: 'When Containers Attack',
    speakers: [],
    links: [],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...over,
  };
}

export function makeNote(talk: Talk, id: string, at: number, kind: NoteKind, text: string, over: Partial<Note> = {}): Note {
  return { id: id as NoteId, talkId: talk.id, at, kind, text, createdAt: 2_000, updatedAt: 2_000, ...over };
}

export function makeConference(over: Partial<Conference> = {}): Conference {
  return {
    id: 'conf-1' as ConferenceId,
    name: 'Software Circus 2016 – Amsterdam',
    lang: 'en',
    days: [],
    createdAt: 1_000,
    updatedAt: 1_000,
    ...over,
  };
}
