/**
 * The schema's history as steps: a database at version N runs every step after N, in the
 * upgrade transaction. Each step has a migration test (tests/unit/store/migrations.test.ts).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { countStoredNotes } from '@/utils/store/counts';
import { addSyncOutbox } from '@/utils/store/outbox';
import { addSearchStores } from '@/utils/store/search-persist';
import { addProgrammeStores } from '@/utils/store/programme-stores';
import type { TalkNotesDB } from '@/utils/store/schema';
import { sheetStoredNotes } from '@/utils/store/sheets';
import { addSlideStores } from '@/utils/store/slide-stores';

export function upgradeStore(
  db: IDBPDatabase<TalkNotesDB>,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<TalkNotesDB, StoreNames<TalkNotesDB>[], 'versionchange'>,
): void {
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
    // falls through
    case 2: {
      db.createObjectStore('counts', { keyPath: 'talkId' });
      void countStoredNotes(tx);
    }
    // falls through
    case 3: {
      db.createObjectStore('marks', { keyPath: 'id' }).createIndex('byRecording', 'recording');
      tx.objectStore('notes').createIndex('byTalkMoment', ['talkId', 'at']);
    }
    // falls through
    case 4: {
      db.createObjectStore('sheets', { keyPath: ['talkId', 'from'] });
      void sheetStoredNotes(tx);
    }
    // falls through
    case 5: {
      addProgrammeStores(db);
    }
    // falls through
    case 6:
    // falls through (version 7 was set aside for a step that turned out to need none)
    case 7: {
      addSlideStores(db);
    }
    // falls through
    case 8: {
      addSyncOutbox(db);
    }
    // falls through
    case 9: {
      addSearchStores(db);
    }
  }
}
