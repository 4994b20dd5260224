/**
 * The sync figures, run by scripts/bench-sync.mjs (bundled by Vite for Node): simulated
 * devices with in-memory records syncing a 50,000-note library with `rclone serve webdav` on
 * loopback, through the real client, codec and encryption.
 */
import type { Dataset } from '@/utils/model/dataset';
import { SyncEngine, type SyncReport } from '@/utils/sync/engine';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { MemoryRecords, MemoryState } from '../../tests/unit/sync/memory-records';
import { newFolder, PASSWORD, startRclone, USER } from '../../tests/servers/webdav';

export interface SyncFigure {
  what: string;
  ms: number;
  bytesSent: number;
  bytesReceived: number;
}

function device(url: string, passphrase?: string): { records: MemoryRecords; engine: SyncEngine } {
  const records = new MemoryRecords();
  const client = new WebDavClient({ url, user: USER, password: PASSWORD });
  return { records, engine: new SyncEngine(client, records, new MemoryState(), { passphrase }) };
}

async function timed(what: string, run: () => Promise<SyncReport>): Promise<SyncFigure> {
  const t0 = performance.now();
  const r = await run();
  return { what, ms: performance.now() - t0, bytesSent: r.bytesSent, bytesReceived: r.bytesReceived };
}

/** First sync of `library` from a device that holds it, a second device's first sync, then a sync of ten new notes; plain and encrypted. */
export async function syncFigures(library: Dataset): Promise<SyncFigure[]> {
  const server = await startRclone();
  const figures: SyncFigure[] = [];
  try {
    for (const passphrase of [undefined, 'a passphrase for the bench']) {
      const how = passphrase ? 'encrypted' : 'plain';
      const url = await newFolder(server.url);
      const a = device(url, passphrase);
      for (const kind of ['talks', 'notes', 'conferences', 'marks'] as const) for (const r of library[kind]) a.records.write(kind, r as never);
      figures.push(await timed(`first sync, ${library.notes.length} notes, ${how}`, () => a.engine.syncOnce()));
      const b = device(url, passphrase);
      figures.push(await timed(`a second device's first sync, ${how}`, () => b.engine.syncOnce()));
      const note = library.notes[0]!;
      for (let i = 0; i < 10; i++) a.records.write('notes', { ...note, id: `${note.id.slice(0, -4)}ff${String(i).padStart(2, '0')}` as never, text: `new ${i}` });
      figures.push(await timed(`then ten new notes, ${how}`, () => a.engine.syncOnce()));
    }
  } finally {
    await server.close();
  }
  return figures;
}
