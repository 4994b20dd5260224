import type { Handlers } from '@/utils/messages/server';
import type { SYNC_REQUESTS } from '@/utils/messages/sync';
import type { SyncService } from '@/utils/background/sync-service';

/** The background's answers to the sync requests of the library page. */
export function createSyncHandlers(sync: SyncService | undefined): Handlers<typeof SYNC_REQUESTS> {
  if (sync === undefined) {
    const none = () => Promise.reject(new Error('Sync is not available in this browser.'));
    return { 'sync.status': none, 'sync.now': none, 'sync.configure': none };
  }
  return {
    'sync.status': () => sync.view(),
    'sync.now': () => sync.syncNow(),
    'sync.configure': (input) => sync.configure(input),
  };
}
