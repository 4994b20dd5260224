import browser from 'webextension-polyfill';
import { imported, type LibraryDeps } from '@/utils/background/library-handlers';
import { storeRecords } from '@/utils/background/sync-records';
import { SyncService } from '@/utils/background/sync-service';
import type { SyncEvent } from '@/utils/messages/sync';

export const SYNC_ALARM = 'sync';
/** Minutes between periodic syncs while the browser runs. */
export const SYNC_PERIOD_MINUTES = 5;

/**
 * The background's sync: the store's records, settings in storage.local, status pushed to the
 * extension's pages, and the periodic alarm (a debounce timer dies with a stopped worker; the
 * alarm wakes it and catches up).
 */
export function startSync(deps: LibraryDeps): SyncService {
  const sync = new SyncService({
    storage: browser.storage.local,
    records: storeRecords(deps.db, (result) => imported(deps, result)),
    // No page open: nobody to tell.
    push: (view) => void browser.runtime.sendMessage({ event: 'sync.status', view } satisfies SyncEvent).catch(() => {}),
  });
  // Made once: creating it again at each worker start would put it off each time, and a worker
  // woken more often than the period would never see it fire.
  void browser.alarms.get(SYNC_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) sync.tick();
  });
  return sync;
}
