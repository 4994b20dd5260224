import type { DBSchema } from 'idb';
import type { ConferenceId, NoteId, TalkId } from '../model/ids';
import type { Conference, Draft, Note, Talk } from '../model/types';

export const DB_NAME = 'talk-notes';
/**
 * History of the schema; each step is an `upgrade` case in db.ts and has a migration test.
 * 1: talks, notes (by talk).
 * 2: conferences, drafts; talks by conference; notes by update time (for sync/merge).
 */
export const DB_VERSION = 2;

export interface TalkNotesDB extends DBSchema {
  talks: {
    key: TalkId;
    value: Talk;
    indexes: { byConference: string };
  };
  notes: {
    key: NoteId;
    value: Note;
    indexes: { byTalk: string; byUpdated: number };
  };
  conferences: {
    key: ConferenceId;
    value: Conference;
  };
  drafts: {
    key: TalkId;
    value: Draft;
  };
}
