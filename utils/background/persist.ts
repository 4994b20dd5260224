/** What came of asking the browser to keep the extension's storage under pressure. */
export type Persistence = 'persisted' | 'refused' | 'unavailable';

type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted'>> | undefined;

/**
 * Asks the browser not to evict the notes when the disk fills up. Firefox's background page
 * can ask; Chrome's service worker has no `persist()` (it is a Window API), and there the
 * `unlimitedStorage` permission is what keeps the extension's origin out of eviction.
 */
export async function requestPersistence(storage: StorageLike = globalThis.navigator?.storage): Promise<Persistence> {
  try {
    if (await storage?.persisted?.()) return 'persisted';
    if (!storage?.persist) return 'unavailable';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'unavailable';
  }
}
