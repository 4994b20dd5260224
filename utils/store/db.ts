import { openDB } from 'idb';
import { upgradeStore } from '@/utils/store/migrations';
import { DB_NAME, DB_VERSION, type Db, type TalkNotesDB } from '@/utils/store/schema';

/**
 * Opens (and upgrades) the store. Only the background opens it: IndexedDB opened in a content
 * script would belong to the page's origin. A database written by a newer version makes this
 * fail with a VersionError and is left exactly as it is (nothing here ever deletes a database).
 * `onGone` hears when the connection closes under us, so the next request opens it again.
 */
export function openStore(name = DB_NAME, onGone?: () => void): Promise<Db> {
  const opening = openDB<TalkNotesDB>(name, DB_VERSION, {
    upgrade: upgradeStore,
    // A newer version (an update installed meanwhile) wants to upgrade: step aside, or it waits forever.
    blocking() {
      void opening.then((db) => db.close());
      onGone?.();
    },
    // The browser closed the connection (profile cleared, storage evicted).
    terminated() {
      onGone?.();
    },
  });
  return opening;
}

/**
 * The background's way to the store: opened on first use, and again after the connection was
 * closed or an open failed (the next request retries instead of failing for the worker's life).
 */
export function storeConnection(name = DB_NAME, open = openStore): () => Promise<Db> {
  let current: Promise<Db> | undefined;
  return () =>
    (current ??= open(name, () => (current = undefined)).catch((error: unknown) => {
      current = undefined;
      throw error;
    }));
}

/** Names of the errors IndexedDB reports when the browser will not store more. */
const FULL = new Set(['QuotaExceededError']);

/**
 * Words a storage failure for the person who sees it; other errors pass unchanged. Quota
 * errors surface as the transaction's error (it aborted: nothing it did was kept).
 */
export function explainStorageError(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name !== 'string') return error;
  if (FULL.has(name)) {
    return new Error(
      'The browser refused to store more: its storage is full. Nothing saved before was changed. Free some disk space, then try again.',
    );
  }
  if (name === 'VersionError') {
    return new Error(
      'Your notes were stored by a newer version of Talk Notes, which this version cannot read. They were left untouched: update the extension.',
    );
  }
  return error;
}
