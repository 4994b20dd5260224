/**
 * Sync as the background runs it: the settings and the engine's memory in extension storage
 * (storage.local, never storage.sync: the app password stays on this device), one engine and
 * scheduler per saved settings, and every status change pushed to the open pages.
 */
import type { SyncSettingsInput, SyncView } from '@/utils/messages/sync';
import { SyncEngine } from '@/utils/sync/engine';
import type { LocalRecords, SyncState, SyncStateStore } from '@/utils/sync/local';
import { SyncScheduler, type SyncStatus } from '@/utils/sync/scheduler';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { parseServerUrl } from '@/utils/sync/server-url';

/** The part of browser.storage.local used here; tests pass a map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const SETTINGS_KEY = 'syncSettings';
export const STATE_KEY = 'syncState';
/** When the last sync ended well, kept so a restarted worker still shows it. */
export const LAST_SYNC_KEY = 'syncLastAt';

export interface SyncServiceDeps {
  storage: KeyValueArea;
  records: LocalRecords;
  /** Tells the open pages. */
  push(view: SyncView): void;
  fetch?: typeof fetch;
}

export class SyncService {
  private settings: SyncSettingsInput | null = null;
  private scheduler: SyncScheduler | null = null;
  private lastSyncAt: number | null = null;
  private readonly ready: Promise<void>;

  constructor(private readonly deps: SyncServiceDeps) {
    this.ready = this.load();
  }

  async view(): Promise<SyncView> {
    await this.ready;
    const status: SyncStatus = this.scheduler?.status() ?? { state: 'idle', lastSyncAt: null, pendingChanges: 0, lastError: null, nextAttemptAt: null };
    const s = this.settings;
    // Counting the outbox walks every record a never-synced library holds (~190 ms of the
    // browser's IndexedDB thread at 50,000 notes), and no page shows the count without settings.
    const pendingChanges = s ? await this.deps.records.pendingCount().catch(() => status.pendingChanges) : 0;
    return {
      settings: s && { url: s.url, user: s.user, encrypted: s.passphrase !== '' },
      status: { ...status, lastSyncAt: status.lastSyncAt ?? this.lastSyncAt, pendingChanges },
    };
  }

  /** Checks and saves new settings, then syncs with them; a bad address throws words for the person. */
  async configure(input: SyncSettingsInput): Promise<SyncView> {
    await this.ready;
    const settings = { ...input, url: parseServerUrl(input.url).href, user: input.user.trim() };
    if (settings.password === '') throw new Error('Enter the app password your server gave for this browser.');
    await this.deps.storage.set({ [SETTINGS_KEY]: settings });
    this.start(settings);
    this.scheduler?.settingsChanged();
    return this.view();
  }

  /** "Sync now". */
  async syncNow(): Promise<SyncView> {
    await this.ready;
    if (this.scheduler === null) throw new Error('Sync is not set up: enter your WebDAV server in the Sync section first.');
    await this.scheduler.syncNow();
    return this.view();
  }

  /** A local record was written: sync a few seconds later. */
  changed(): void {
    void this.ready.then(() => this.scheduler?.changed());
  }

  /** The periodic alarm. */
  tick(): void {
    void this.ready.then(() => this.scheduler?.tick());
  }

  private async load(): Promise<void> {
    const got = await this.deps.storage.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
    const last = (await this.deps.storage.get(LAST_SYNC_KEY).catch(() => ({}) as Record<string, unknown>))[LAST_SYNC_KEY];
    this.lastSyncAt = typeof last === 'number' ? last : null;
    const settings = readSettings(got[SETTINGS_KEY]);
    if (settings) this.start(settings);
  }

  private start(settings: SyncSettingsInput): void {
    this.scheduler?.dispose();
    this.settings = settings;
    const client = new WebDavClient(settings, { fetch: this.deps.fetch });
    const engine = new SyncEngine(client, this.deps.records, storedState(this.deps.storage), {
      passphrase: settings.passphrase === '' ? undefined : settings.passphrase,
    });
    const scheduler: SyncScheduler = new SyncScheduler({
      sync: () => engine.syncOnce(),
      pendingCount: () => this.deps.records.pendingCount(),
      onStatus: (status) => {
        if (scheduler !== this.scheduler) return; // settings replaced meanwhile
        if (status.lastSyncAt !== null && status.lastSyncAt !== this.lastSyncAt) {
          this.lastSyncAt = status.lastSyncAt;
          void this.deps.storage.set({ [LAST_SYNC_KEY]: status.lastSyncAt }).catch(() => {});
        }
        void this.view().then((v) => this.deps.push(v));
      },
    });
    this.scheduler = scheduler;
  }
}

/** The engine's memory under one key of storage.local. */
export function storedState(storage: KeyValueArea): SyncStateStore {
  return {
    load: async () => ((await storage.get(STATE_KEY))[STATE_KEY] as SyncState | undefined) ?? null,
    save: (state) => storage.set({ [STATE_KEY]: state }),
  };
}

/** Settings as stored; anything else (an older shape, a hand edit) counts as none. */
function readSettings(x: unknown): SyncSettingsInput | null {
  if (typeof x !== 'object' || x === null) return null;
  const { url, user, password, passphrase } = x as Record<string, unknown>;
  if (typeof url !== 'string' || typeof user !== 'string' || typeof password !== 'string' || typeof passphrase !== 'string') return null;
  return { url, user, password, passphrase };
}
