/** The library page's requests about sync with the person's WebDAV server, and the status it is pushed. */
import { record, str } from '@/utils/model/check';
import { empty, request } from '@/utils/messages/request';
import type { SyncStatus } from '@/utils/sync/scheduler';

/** What the person types in the set-up form. The passphrase may be empty: no end-to-end encryption. */
export interface SyncSettingsInput {
  url: string;
  user: string;
  password: string;
  passphrase: string;
}

/** What a page shows: the settings without their secrets, and the scheduler's status. */
export interface SyncView {
  settings: { url: string; user: string; encrypted: boolean } | null;
  status: SyncStatus;
}

/** Pushed to the extension's pages whenever the status changes. */
export interface SyncEvent {
  event: 'sync.status';
  view: SyncView;
}

export const isSyncEvent = (m: unknown): m is SyncEvent =>
  typeof m === 'object' && m !== null && (m as { event?: unknown }).event === 'sync.status' && typeof (m as { view?: unknown }).view === 'object';

const secret = str({ max: 1000 });

export const SYNC_REQUESTS = {
  'sync.status': request<Record<string, never>, SyncView>({ check: empty, writes: false }),
  /** Syncs at once, whatever the backoff; answers the status after it. */
  'sync.now': request<Record<string, never>, SyncView>({ check: empty, writes: false }),
  /**
   * Saves the settings (https only; http only to this machine) and syncs with them. The page
   * asked for the origin's host permission in the person's click before sending this.
   */
  'sync.configure': request<SyncSettingsInput, SyncView>({
    check: record({ url: str({ max: 2000, min: 1, line: true }), user: str({ max: 200, min: 1, line: true }), password: secret, passphrase: secret }),
    writes: false,
  }),
};
