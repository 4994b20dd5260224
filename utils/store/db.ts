import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type TalkNotesDB } from './schema';

export type Db = IDBPDatabase<TalkNotesDB>;

/** Opens (and upgrades) the store. Only the background opens it: IndexedDB opened in a content script would belong to the page's origin. */
export function openStore(name = DB_NAME): Promise<Db> {
  return openDB<TalkNotesDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Fall through on purpose: a database at version N runs every step after N.
      switch (oldVersion) {
        case 0: {
          db.createObjectStore('talks', { keyPath: 'id' });
          const notes = db.createObjectStore('notes', { keyPath: 'id' });
          notes.createIndex('byTalk', 'talkId');
        }
        // falls through
        case 1: {
          db.createObjectStore('conferences', { keyPath: 'id' });
          db.createObjectStore('drafts', { keyPath: 'talkId' });
          tx.objectStore('talks').createIndex('byConference', 'conferenceId');
          tx.objectStore('notes').createIndex('byUpdated', 'updatedAt');
        }
      }
    },
    // A newer version of the extension holds the database: never delete it, fail loudly instead.
    blocked() {},
  });
}
