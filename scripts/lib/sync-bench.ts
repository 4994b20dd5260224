/**
 * The sync figures, run by scripts/bench-sync.mjs (bundled by Vite for Node): two devices,
 * each the product's own store (IndexedDB by fake-indexeddb in Node, as the unit tests run it)
 * behind the background's `storeRecords`, syncing the bench's 50,000-note library with
 * `rclone serve webdav` on loopback through the real client, codec and encryption.
 * Data enters through the product's paths: the library restored from its backup file
 * (importBackup, which lists it for the next sync), notes saved as the sidebar saves them.
 */
import 'fake-indexeddb/auto';
import type { NoteId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { storeRecords } from '@/utils/background/sync-records';
import { openStore } from '@/utils/store/db';
import { importBackup } from '@/utils/store/import';
import { saveNote } from '@/utils/store/notes';
import type { Db } from '@/utils/store/schema';
import { SyncEngine, type SyncReport } from '@/utils/sync/engine';
import type { SyncState, SyncStateStore } from '@/utils/sync/local';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { newFolder, PASSWORD, startRclone, USER } from '../../tests/servers/webdav';

export interface SyncFigure {
  what: string;
  /** What it is held to: a time, the bytes it sends, or nothing (shown for reference). */
  target: { ms: number } | { bytes: number } | null;
  ms: number;
  bytesSent: number;
  bytesReceived: number;
}

interface Device {
  db: Db;
  engine: SyncEngine;
}

let stores = 0;

/** A device syncing with the folder `url`: a new store, or `db` (then a second engine over the same records). */
async function device(url: string, passphrase?: string, given?: Db): Promise<Device> {
  const db = given ?? (await openStore(`sync-bench-${++stores}`));
  const records = storeRecords(async () => db, async () => undefined);
  const client = new WebDavClient({ url, user: USER, password: PASSWORD });
  let state: SyncState | null = null;
  const memory: SyncStateStore = { load: async () => state && structuredClone(state), save: async (s) => void (state = structuredClone(s)) };
  return { db, engine: new SyncEngine(client, records, memory, { passphrase }) };
}

async function timed(what: string, target: SyncFigure['target'], run: () => Promise<SyncReport>): Promise<SyncFigure> {
  const t0 = performance.now();
  const r = await run();
  return { what, target, ms: performance.now() - t0, bytesSent: r.bytesSent, bytesReceived: r.bytesReceived };
}

const META: TalkMeta = { platform: 'youtube', videoId: 'syncbench01', url: 'https://www.youtube.com/watch?v=syncbench01', title: 'A talk taken down during the bench', speakers: [] };
const noteId = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;

/** `n` notes saved one by one, as the sidebar saves them (each its own transaction and outbox entry). */
async function saveNotes(d: Device, from: number, n: number): Promise<void> {
  for (let i = from; i < from + n; i++) await saveNote(d.db, { id: noteId(i), at: i, kind: 'note', text: `Note ${i} taken after the first sync.` }, META);
}

/**
 * `backup`: the library's backup file. Figures: the first sync of a device holding it, a
 * second device's first sync, one new note reaching the other device (the time of that
 * device's next sync), the bytes sent after 1 and after 1,000 changes, and the first sync of
 * the same library to an encrypted folder.
 */
export async function syncFigures(backup: string, notes: number, log: (step: string) => void = () => {}): Promise<SyncFigure[]> {
  const server = await startRclone();
  const figures: SyncFigure[] = [];
  const many = notes.toLocaleString('en-US');
  try {
    const url = await newFolder(server.url);
    const a = await device(url);
    log('restoring the library');
    await importBackup(a.db, backup);
    log('first sync');
    figures.push(await timed(`first sync of ${many} notes`, { ms: 30_000 }, () => a.engine.syncOnce()));
    log('second device');
    const b = await device(url);
    figures.push(await timed(`a second device's first sync (reads the ${many} notes)`, null, () => b.engine.syncOnce()));

    log('one note');
    await saveNotes(a, 0, 1);
    const sent1 = await a.engine.syncOnce();
    figures.push(await timed('one new note reaches the other device: its next sync, start to merged', { ms: 5_000 }, () => b.engine.syncOnce()));
    if ((await b.db.get('notes', noteId(0))) === undefined) throw new Error('the new note did not reach the other device');
    figures.push({ what: 'bytes sent by a sync after 1 change', target: { bytes: 16 * 1024 }, ms: 0, bytesSent: sent1.bytesSent, bytesReceived: sent1.bytesReceived });
    log('1,000 notes');
    await saveNotes(a, 1, 1000);
    const sent1000 = await a.engine.syncOnce();
    // A tenth of the library's first upload: the changes' own bytes are about 2 % of it.
    const tenth = figures[0]!.bytesSent / 10;
    figures.push({ what: 'bytes sent by a sync after 1,000 changes', target: { bytes: tenth }, ms: 0, bytesSent: sent1000.bytesSent, bytesReceived: sent1000.bytesReceived });

    log('encrypted');
    const sealed = await device(await newFolder(server.url), 'a passphrase for the bench', a.db);
    figures.push(await timed(`first sync of the same library to an encrypted folder`, { ms: 30_000 }, () => sealed.engine.syncOnce()));
  } finally {
    await server.close();
  }
  return figures;
}
