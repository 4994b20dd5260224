import type { ConferenceId, MarkId, NoteId, Platform, TalkId } from '@/utils/model/ids';
import type { SlideRef } from '@/utils/model/slide';

/** Every stored record carries these so two devices' data can be merged record by record: newest `updatedAt` wins, and a delete is a tombstone (`deletedAt`), never a removal. Times are epoch milliseconds. */
export interface Stamped {
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export const NOTE_KINDS = ['note', 'quote', 'question', 'thought', 'tip'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface Note extends Stamped {
  id: NoteId;
  talkId: TalkId;
  /** The moment in the recording, in seconds of the talk's own time (never ad time). */
  at: number;
  kind: NoteKind;
  text: string;
  /** A frame of the recording captured at this moment (a "slide note"); its text may be empty. */
  slide?: SlideRef;
}

export interface Speaker {
  name: string;
  role?: string;
  org?: string;
  /** e.g. `@anne_e_currie` */
  handles?: string[];
}

export interface TalkLink {
  label: string;
  url: string;
}

/** A talk as stored: what its page said (TalkMeta, as the user last corrected it) and where it belongs. */
export interface Talk extends Stamped, TalkMeta {
  id: TalkId;
  conferenceId?: ConferenceId;
  /** 1-based day number within the conference. */
  day?: number;
  /** Position among the talks of the same conference day. */
  order?: number;
  /**
   * The programme entry the talk is filed under (its stored key, `conferenceId|guid-or-id`), set
   * when a confident match files it or the person chooses the entry; null when the person unlinked
   * it, so no match files it again.
   */
  programmeEntry?: string | null;
  links: TalkLink[];
  /** Paragraphs about the talk as a whole, exported under the speaker and recording lines, before the notes. */
  summary?: string;
  /** The writer's own reflection, exported as "My thoughts:". */
  thoughts?: string;
  /** A one-line judgement ("10/10 talk would recommend."), its own paragraph after the thoughts. */
  verdict?: string;
}

export type Lang = 'en' | 'da';

export interface ConferenceDay {
  /** 1-based. */
  number: number;
  /** ISO date, `yyyy-MM-dd`. */
  date?: string;
  theme?: string;
  /** A paragraph (or more) introducing the day, exported right under its heading. */
  intro?: string;
}

export interface Conference extends Stamped {
  id: ConferenceId;
  name: string;
  tagline?: string;
  /** ISO dates, `yyyy-MM-dd`. */
  startDate?: string;
  endDate?: string;
  venue?: string;
  intro?: string;
  closing?: string;
  lang: Lang;
  days: ConferenceDay[];
}

/** What a site adapter reads off a page: the talk before it is stored. */
export interface TalkMeta {
  platform: Platform;
  /** The platform's own id of the recording (YouTube's 11 characters, a Vimeo number, …). */
  videoId: string;
  /** Canonical address of the recording, without a time. */
  url: string;
  title: string;
  channel?: string;
  /** Length of the recording in seconds, when known. */
  duration?: number;
  speakers: Speaker[];
}

/**
 * Where a talk starts in a recording of several (a conference day's stream), marked by hand
 * because the page does not say. Notes written after it are filed under that talk.
 */
export interface TalkMark extends Stamped {
  id: MarkId;
  /** The whole recording's talk id (the stream's, not a part's). */
  recording: TalkId;
  /** Whole seconds into the recording. */
  at: number;
}

/** Text typed but not yet saved, kept so a crash loses nothing. */
export interface Draft {
  talkId: TalkId;
  at: number;
  kind: NoteKind;
  text: string;
  updatedAt: number;
}
