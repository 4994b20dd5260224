import { openDB } from 'idb';
import type { LibraryList } from '@/utils/model/replies';
import { countLibrary, type CountedLibrary } from '@/utils/store/counts';
import { DB_NAME, DB_VERSION, type Db, type TalkNotesDB } from '@/utils/store/schema';

/** The library's list as the page shows it: live talks with their live notes, live conferences. */
export function listOf({ talks, conferences, counts }: CountedLibrary): LibraryList {
  return { conferences, talks: talks.map((talk) => ({ talk, notes: counts.get(talk.id) ?? 0 })) };
}

/**
 * A connection for a reader beside the background (the library page: same origin, same
 * database) that never creates or upgrades anything: the store is the background's. Null when
 * the store is not one this version reads (none yet, or one the background has still to
 * upgrade). Closed as soon as the background wants to upgrade it.
 */
export async function openReadOnly(name = DB_NAME): Promise<Db | null> {
  let db: Db | undefined;
  try {
    db = await openDB<TalkNotesDB>(name, DB_VERSION, {
      // Not this reader's to make or upgrade: aborting leaves a missing store missing, an older one as it was.
      upgrade: (_db, _old, _new, tx) => {
        void tx.done.catch(() => {});
        tx.abort();
      },
      // The background wants to upgrade the store: step aside at once.
      blocking: () => db?.close(),
    });
  } catch {
    return null;
  }
  return db;
}

/**
 * The library's list read by the library page itself, so opening the library does not wait for
 * a stopped background to start: in one transaction, on a connection of `openReadOnly`. Null
 * when only the background can read it.
 */
export async function readListing(name = DB_NAME): Promise<LibraryList | null> {
  const db = await openReadOnly(name);
  if (!db) return null;
  try {
    return listOf(await countLibrary(db));
  } finally {
    db.close();
  }
}
