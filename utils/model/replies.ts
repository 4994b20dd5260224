/** What the background answers the views with: records as a view shows them. */
import type { Conference, Draft, Note, Talk } from '@/utils/model/types';

export interface TalkView {
  talk: Talk | null;
  /** Live notes (tombstones left out), by moment. */
  notes: Note[];
  draft: Draft | null;
  /** False when the first `first` notes were read and there may be more. */
  complete: boolean;
}

export interface LibraryTalk {
  talk: Talk;
  /** Live notes. */
  notes: number;
}

/** What the library page shows: live records only. */
export interface LibraryList {
  conferences: Conference[];
  talks: LibraryTalk[];
}

export interface TalkDeletion {
  talk: Talk;
  /** The notes this deletion (or its undo) changed. */
  notes: Note[];
}

export interface RecordCounts {
  talks: number;
  notes: number;
  conferences: number;
  marks: number;
}

export interface ImportSummary {
  /** Records in the file. */
  read: RecordCounts;
  /** Records the import wrote: new, or newer than what was here. */
  changed: RecordCounts;
  /** What the file held that could not be imported (a damaged image), in words for the person; the rest was. */
  problems?: string[];
}
