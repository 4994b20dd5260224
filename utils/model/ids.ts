declare const brand: unique symbol;
/** A string that the type checker keeps apart from other ids, so a note id is never passed as a talk id. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** `platform:videoId`, e.g. `youtube:dQw4w9WgXcQ`. Derived from the recording, not random, so the same talk seen on two devices (or embedded on a conference site) merges into one record. */
export type TalkId = Brand<string, 'TalkId'>;
export type NoteId = Brand<string, 'NoteId'>;
export type ConferenceId = Brand<string, 'ConferenceId'>;
/** `recording@seconds`, e.g. `youtube:dQw4w9WgXcQ@3120`: the same start marked on two devices is one record. */
export type MarkId = Brand<string, 'MarkId'>;

export function markIdOf(recording: TalkId, at: number): MarkId {
  return `${recording}@${at}` as MarkId;
}

export function newNoteId(): NoteId {
  return crypto.randomUUID() as NoteId;
}

export function newConferenceId(): ConferenceId {
  return crypto.randomUUID() as ConferenceId;
}

export function talkIdOf(platform: Platform, videoId: string): TalkId {
  return `${platform}:${videoId}` as TalkId;
}

export const PLATFORMS = ['youtube', 'vimeo', 'peertube', 'mediaccc', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];
