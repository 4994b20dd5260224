// The background's sync service against a real rclone server: settings checked and kept in
// (a stand-in for) storage.local, secrets never shown back, status pushed, errors in words.
import { describe, expect, it } from 'vitest';
import { storeRecords } from '@/utils/background/sync-records';
import { LAST_SYNC_KEY, SETTINGS_KEY, STATE_KEY, SyncService, type KeyValueArea } from '@/utils/background/sync-service';
import type { SyncView } from '@/utils/messages/sync';
import { saveNote } from '@/utils/store/notes';
import { newFolder } from '../../servers/webdav';
import { freshDb } from '../store/fresh-db';
import { useRclone } from '../sync/rclone';

const dav = useRclone();

class MapArea implements KeyValueArea {
  readonly items = new Map<string, unknown>();
  async get(key: string) {
    return this.items.has(key) ? { [key]: structuredClone(this.items.get(key)) } : {};
  }
  async set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.items.set(k, structuredClone(v));
  }
}

async function service(storage = new MapArea()) {
  const db = await freshDb();
  const pushed: SyncView[] = [];
  const sync = new SyncService({ storage, records: storeRecords(async () => db, async () => undefined), push: (v) => pushed.push(v) });
  return { db, storage, pushed, sync };
}

const input = (url: string, password = dav.server.password) => ({ url, user: dav.server.user, password, passphrase: '' });

describe('the sync service', () => {
  it('is not set up at first: status idle, "Sync now" says what to do', async () => {
    const { sync } = await service();
    expect(await sync.view()).toEqual({ settings: null, status: { state: 'idle', lastSyncAt: null, pendingChanges: 0, lastError: null, nextAttemptAt: null } });
    await expect(sync.syncNow()).rejects.toThrow('Sync is not set up: enter your WebDAV server in the Sync section first.');
  });

  it('does not count the changes waiting while sync is not set up (nobody is shown them)', async () => {
    const db = await freshDb();
    const records = storeRecords(async () => db, async () => undefined);
    let counted = 0;
    const sync = new SyncService({ storage: new MapArea(), records: { ...records, pendingCount: () => (counted++, records.pendingCount()) }, push: () => {} });
    await saveNote(db, { id: '00000000-0000-4000-8000-000000000002' as never, at: 1, kind: 'note', text: 'one' }, {
      platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'T', speakers: [],
    });
    expect((await sync.view()).status.pendingChanges).toBe(0);
    expect(counted).toBe(0);
  });

  it('refuses plain http to another machine and an address with credentials, storing nothing', async () => {
    const { sync, storage } = await service();
    await expect(sync.configure(input('http://dav.example/notes/'))).rejects.toThrow('The server address must start with https:// (it starts with http:).');
    await expect(sync.configure(input('https://me:pw@dav.example/'))).rejects.toThrow(/own fields/);
    expect(storage.items.size).toBe(0);
  });

  it('saves the settings in local storage, syncs, and shows the status without the secrets', async () => {
    const url = await newFolder(dav.server.url);
    const { sync, storage, pushed, db } = await service();
    await saveNote(db, { id: '00000000-0000-4000-8000-000000000001' as never, at: 1, kind: 'note', text: 'one' }, {
      platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'T', speakers: [],
    });
    const configured = await sync.configure({ ...input(url.replace(/\/$/, '')), passphrase: 'correct horse' });
    expect(configured.settings).toEqual({ url, user: 'talk', encrypted: true });
    expect(storage.items.get(SETTINGS_KEY)).toEqual({ url, user: 'talk', password: dav.server.password, passphrase: 'correct horse' });
    const after = await sync.syncNow();
    expect(after.status).toMatchObject({ state: 'idle', pendingChanges: 0, lastError: null });
    expect(after.status.lastSyncAt).toBeTypeOf('number');
    expect(storage.items.get(LAST_SYNC_KEY)).toBe(after.status.lastSyncAt);
    expect(storage.items.get(STATE_KEY)).toMatchObject({ ownSeq: expect.any(Number) });
    expect(pushed.some((v) => v.status.state === 'syncing')).toBe(true);
    expect(JSON.stringify(pushed)).not.toContain(dav.server.password);
    // A restarted worker reads the settings and the last sync back.
    const again = new SyncService({ storage, records: storeRecords(async () => db, async () => undefined), push: () => {} });
    expect((await again.view()).status.lastSyncAt).toBe(after.status.lastSyncAt);
    expect((await again.view()).settings).toEqual(configured.settings);
  });

  it('a wrong password stops automatic syncs with words saying what to do', async () => {
    const url = await newFolder(dav.server.url);
    const { sync } = await service();
    await sync.configure(input(url, 'wrong'));
    const view = await sync.syncNow();
    expect(view.status.state).toBe('stopped');
    expect(view.status.lastError).toEqual({
      kind: 'auth',
      message: `The server ${new URL(url).host} did not accept the user name and app password. Check them in the sync settings.`,
    });
  });
});
