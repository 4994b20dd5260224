import type { Conference, Note, Talk, TalkMark } from '@/utils/model/types';

/** All stored records, tombstones included: what a backup holds and what two devices merge. */
export interface Dataset {
  talks: Talk[];
  notes: Note[];
  conferences: Conference[];
  /** Talk starts marked by hand in a day's stream. */
  marks: TalkMark[];
}
