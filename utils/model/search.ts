import type { NoteId, TalkId } from '@/utils/model/ids';
import type { NoteKind } from '@/utils/model/types';

/** What a search answers: the library page shows these; the background's index (background/search/) finds them. */
export interface SearchHit {
  talkId: TalkId;
  /** The talk's title. */
  title: string;
  /** Null when the talk's title matched rather than a note. */
  noteId: NoteId | null;
  /** Moment of the note in seconds (0 for a title). */
  at: number;
  kind: NoteKind | null;
  /** The note's text ('' for a title). */
  text: string;
  /** Opens the recording at `at`. */
  link: string;
}

export interface SearchResult {
  query: string;
  /** Titles first, then notes grouped by talk (talks by title, notes by moment); at most the limit. */
  hits: SearchHit[];
  /** How many matched in all. */
  total: number;
}

/** What case-insensitive matching compares: the same letters in one form and one case. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}
