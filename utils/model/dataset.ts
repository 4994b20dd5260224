import type { Conference, Note, Talk } from './types';

/** All stored records, tombstones included: what a backup holds and what two devices merge. */
export interface Dataset {
  talks: Talk[];
  notes: Note[];
  conferences: Conference[];
}
