import { openDB } from 'idb';
import type { LibraryList } from '@/utils/model/replies';
import { countLibrary, type CountedLibrary } from '@/utils/store/counts';
import { DB_NAME, DB_VERSION, type Db, type TalkNotesDB } from '@/utils/store/schema';

/** The library's list as the page shows it: live talks with their live notes, live conferences. */
export function listOf({ talks, conferences, counts }: CountedLibrary): LibraryList {
  return { conferences, talks: talks.map((talk) => ({ talk, notes: counts.get(talk.id) ?? 0 })) };
}

/**
 * The library's list read by the library page itself (same origin, same database), so opening
 * the library does not wait for a stopped background to start. It only reads, in one
 * transaction, and never creates or upgrades anything: the store is the background's. Resolves
 * null when the store is not one this version reads (none yet, or one the background has still
 * to upgrade): then the background answers, opening and upgrading it first.
 */
export async function readListing(name = DB_NAME): Promise<LibraryList | null> {
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
  try {
    return listOf(await countLibrary(db));
  } finally {
    db.close();
  }
}
