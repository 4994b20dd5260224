/** What a view sends to change the store: records as the user edits them, without the stamps the store sets. */
import type { ConferenceId, NoteId } from '@/utils/model/ids';
import type { Conference, NoteKind, Stamped, Talk } from '@/utils/model/types';

export interface NoteInput {
  id: NoteId;
  at: number;
  kind: NoteKind;
  text: string;
}

/** Fields of a talk the user edits by hand. */
export type TalkPatch = Partial<Pick<Talk, 'title' | 'speakers' | 'links' | 'summary' | 'thoughts' | 'verdict' | 'conferenceId' | 'day' | 'order'>>;

/** What filing a talk under a programme entry changes: a hand edit's fields and the entry's key. */
export type FilingPatch = TalkPatch & Partial<Pick<Talk, 'programmeEntry'>>;

/** A conference as the user edits it: the stamps are the store's business. */
export type ConferenceInput = Omit<Conference, keyof Stamped>;

/** Where a talk goes: a conference (null: none), a day in it (null: none) and a place among that day's talks (null: last). */
export interface Placement {
  conferenceId: ConferenceId | null;
  day: number | null;
  position: number | null;
}
