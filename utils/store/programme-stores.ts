import type { IDBPDatabase } from 'idb';
import type { TalkNotesDB } from '@/utils/store/schema';

/**
 * Schema step 6, whole in one place: a conference's programme header, and its entries keyed
 * `conferenceId|guid-or-id`, by conference and start (the library's list of a conference),
 * slug and guid (a recording opened on media.ccc.de finds its entry). Nothing to copy: no
 * earlier version stored programmes.
 */
export function addProgrammeStores(db: IDBPDatabase<TalkNotesDB>): void {
  db.createObjectStore('programmes', { keyPath: 'conferenceId' });
  const entries = db.createObjectStore('programmeEntries', { keyPath: 'key' });
  entries.createIndex('byConferenceStart', ['conferenceId', 'start']);
  entries.createIndex('bySlug', 'slug');
  entries.createIndex('byGuid', 'guid');
}
