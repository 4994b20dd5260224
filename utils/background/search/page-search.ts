/**
 * The library page's own copy of the index, read from the store beside the background (same
 * origin, same database), never writing it: a keystroke is then a search in the page, without a
 * message to the background and back, and the first search after the browser stopped the
 * background does not wait for it to start.
 *
 * Only the background hears of its writes, so the page reads the log's bounds (one small
 * transaction) to know whether it holds them all: a write logged since is read, and when the
 * writes after the ones it holds are gone from the log (the background stored a newer snapshot),
 * the snapshot is read again. Titles are not logged: change events mark the copy stale.
 *
 * That read costs a keystroke 5–15 ms on a busy machine, more than the search. So it is waited
 * for only before the first search and after a change event; otherwise the keystroke is
 * answered at once and the read made alongside, and should it find a write whose event has not
 * arrived yet, `onStale` has the search made again.
 */
import type { SearchResult } from '@/utils/model/search';
import type { Db } from '@/utils/store/schema';
import { openReadOnly } from '@/utils/store/listing';
import { readLogBounds } from '@/utils/store/search-persist';
import { createLibraryIndex } from '@/utils/background/search/library-index';

export interface PageSearchOptions {
  open?: () => Promise<Db | null>;
  /** A check made alongside a search found writes that search did not see. */
  onStale?: () => void;
}

export function createPageSearch({ open = () => openReadOnly(), onStale = () => {} }: PageSearchOptions = {}) {
  const index = createLibraryIndex({ keepsSnapshot: false });
  let connection: Promise<Db | null> | null = null;
  /** A change event came since the bounds were last read. */
  let dirty = true;
  /** Change events heard: one during a read of the bounds leaves the copy dirty. */
  let heard = 0;

  /** Brings the copy up to date with the store; whether it held every write already. */
  async function catchUp(db: Db): Promise<boolean> {
    const before = heard;
    const { first, last } = await readLogBounds(db);
    const held = first <= index.seen() + 1 && last === index.seen();
    if (first > index.seen() + 1) index.forget();
    else if (!held) index.touched();
    await index.refresh(db, true);
    if (heard === before) dirty = false;
    return held;
  }

  /** The store; null when the page cannot read it (the background answers instead). */
  async function store(): Promise<Db | null> {
    const db = await (connection ??= open());
    if (!db) connection = null;
    return db;
  }

  /** Null when the page cannot search (then the background is asked). */
  async function search(query: string, limit?: number): Promise<SearchResult | null> {
    try {
      const db = await store();
      if (!db) return null;
      if (!index.built() || dirty) await catchUp(db);
      else void catchUp(db).then((held) => held || onStale(), dropped);
      return index.search(query, limit);
    } catch {
      dropped();
      return null;
    }
  }

  // A connection closed for the background's upgrade, a store it has still to make: open again next time.
  function dropped(): void {
    connection = null;
    dirty = true;
  }

  return {
    search,
    /** Reads the store ahead of the first keystroke. */
    warm: (): Promise<unknown> => search(''),
    /** A change event: the next search waits for the store to be read again. */
    touched: (): void => {
      heard++;
      dirty = true;
      index.touched();
    },
  };
}
