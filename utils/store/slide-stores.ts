import type { IDBPDatabase } from 'idb';
import type { TalkNotesDB } from '@/utils/store/schema';

/**
 * Schema step 8, whole in one place: the slides' images, one record per image keyed by its id
 * (the `imageId` of the note that shows it), by note. Nothing to copy: no earlier version stored images.
 */
export function addSlideStores(db: IDBPDatabase<TalkNotesDB>): void {
  db.createObjectStore('slideImages', { keyPath: 'id' }).createIndex('byNote', 'noteId');
}
