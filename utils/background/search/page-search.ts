/**
 * The library page's own copy of the index, read from the store beside the background (same
 * origin, same database), never writing it: a keystroke is then a search in the page, without a
 * message to the background and back, and the first search after the browser stopped the
 * background does not wait for it to start.
 *
 * Only the background hears of its writes, so before each search the page reads the log's
 * bounds (one small transaction): a write logged since the last search is read at once, and when
 * the writes after the ones it holds are gone from the log (the background stored a newer
 * snapshot), it reads the snapshot again. Titles are not logged: the page's change events mark
 * it stale (`touched`).
 */
import type { SearchResult } from '@/utils/model/search';
import type { Db } from '@/utils/store/schema';
import { openReadOnly } from '@/utils/store/listing';
import { readLogBounds } from '@/utils/store/search-persist';
import { createLibraryIndex } from '@/utils/background/search/library-index';

export function createPageSearch(open: () => Promise<Db | null> = () => openReadOnly()) {
  const index = createLibraryIndex({ keepsSnapshot: false });
  let connection: Promise<Db | null> | null = null;

  /** The store, as of now; null when the page cannot read it (the background answers instead). */
  async function current(): Promise<Db | null> {
    const db = await (connection ??= open());
    if (!db) {
      connection = null;
      return null;
    }
    const { first, last } = await readLogBounds(db);
    if (first > index.seen() + 1) index.forget();
    else if (last !== index.seen()) index.touched();
    await index.refresh(db, true);
    return db;
  }

  /** Null when the page cannot search (then the background is asked). */
  async function search(query: string, limit?: number): Promise<SearchResult | null> {
    try {
      return (await current()) ? index.search(query, limit) : null;
    } catch {
      // A connection closed for the background's upgrade, a store it has still to make: open again next time.
      connection = null;
      return null;
    }
  }

  return {
    search,
    /** Reads the store ahead of the first keystroke. */
    warm: (): Promise<unknown> => search(''),
    /** A change event: titles and talks are read again before the next search. */
    touched: (): void => index.touched(),
  };
}
