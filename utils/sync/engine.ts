/**
 * One sync with the person's WebDAV server: open the library, read what the other devices
 * wrote since last time and merge it, then write this device's pending changes as a new file
 * (and now and then a snapshot). Correctness rests on the layout alone: each device writes
 * only new files in its own folder, readers keep cursors by file number, and records merge by
 * their own rules, so no conditional request, file time or device clock decides anything.
 */
import { SyncError } from '@/utils/sync/errors';
import { randomBytes } from '@/utils/sync/crypto';
import { deviceFolder, DEVICES, isTempName, MANIFEST } from '@/utils/sync/layout';
import { openLibrary, toHex, type LibraryOptions, type OpenLibrary } from '@/utils/sync/library';
import { parseManifest, type Manifest } from '@/utils/sync/codec';
import { SyncContext } from '@/utils/sync/context';
import type { LocalRecords, SyncState, SyncStateStore } from '@/utils/sync/local';
import { addSlides, pullDevices, syncFiles } from '@/utils/sync/pull';
import { pushChanges } from '@/utils/sync/push';
import { fetchSlides } from '@/utils/sync/slides';
import type { RemoteFiles } from '@/utils/sync/remote';

export interface EngineOptions extends LibraryOptions {
  /** Bytes of change files below which no snapshot is written (default 1 MB). */
  compactMinBytes?: number;
}

export interface SyncReport {
  /** Files of other devices read, and local records they changed. */
  filesRead: number;
  merged: number;
  /** Slides' images fetched from the server. */
  slidesFetched: number;
  /** Records sent, and bytes written to the server. */
  pushed: number;
  bytesSent: number;
  bytesReceived: number;
  snapshot: boolean;
  /** What could not be done this time although the sync went on (another device's damaged file). */
  problems: SyncError[];
}

export class SyncEngine {
  private library: OpenLibrary | null = null;
  /** Files found damaged on the server in this worker's life: not fetched again until they change. */
  private readonly damaged = new Set<string>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly remote: RemoteFiles,
    private readonly local: LocalRecords,
    private readonly states: SyncStateStore,
    private readonly opts: EngineOptions = {},
  ) {}

  /**
   * One whole sync; throws a SyncError when it could not be done (nothing local is lost then).
   * Calls made while one runs wait for it: two at once would write the same file number.
   */
  syncOnce(): Promise<SyncReport> {
    const run = this.queue.then(() => this.sync());
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async sync(): Promise<SyncReport> {
    let loaded = await this.states.load();
    if (loaded === null) {
      // Kept before anything is written: a first sync that fails must not leave a folder of a device that never comes back.
      loaded = newState();
      await this.states.save(loaded);
    }
    const library = await this.open(loaded.device);
    const ctx = new SyncContext(this.remote, this.local, library.key, loaded, this.states, this.damaged, this.opts.compactMinBytes ?? 1024 * 1024);
    let full = false;
    if (loaded.library !== library.manifest.library) {
      // A new library, or the server's was emptied and made again: everything goes up once.
      await ctx.update({ ...newState(), device: loaded.device, library: library.manifest.library });
      full = true;
    }
    full = (await checkOwnFolder(ctx)) || full;
    // What this device holds goes up before it reads: so its snapshot is its own records,
    // not a copy of what the others wrote.
    const first = full ? await pushChanges(ctx, true) : null;
    const devices = ((await this.remote.list(DEVICES)) ?? []).filter((e) => e.collection).map((e) => e.name);
    const pulled = await pullDevices(ctx, devices);
    // Images still wanted from earlier syncs that no file read this time brought up.
    addSlides(pulled, await fetchSlides(ctx));
    const pushed = await pushChanges(ctx, false);
    return {
      filesRead: pulled.files,
      merged: pulled.merged,
      slidesFetched: pulled.slides.fetched,
      pushed: pushed.records + (first?.records ?? 0),
      bytesSent: pushed.bytes + (first?.bytes ?? 0) + ctx.slideBytesSent,
      bytesReceived: pulled.bytes + pulled.slides.bytes,
      snapshot: pushed.snapshot || (first?.snapshot ?? false),
      problems: pulled.problems,
    };
  }

  /** The library, opened once per engine; opened again when the server's manifest went or changed. */
  private async open(device: string): Promise<OpenLibrary> {
    if (this.library !== null) {
      const still = await this.remote.get(MANIFEST);
      if (still !== null && sameManifest(parseManifest(new TextDecoder().decode(still)), this.library.manifest)) return this.library;
      this.library = null;
    }
    this.library = await openLibrary(this.remote, device, this.opts);
    return this.library;
  }
}

/**
 * Cleans up after cut uploads, and finds out whether this device's files on the server are
 * as it wrote them; if one is gone or cut short (emptied by hand, half-written by a faulty
 * server), true: everything must be written again as a snapshot.
 */
async function checkOwnFolder(ctx: SyncContext): Promise<boolean> {
  const folder = deviceFolder(ctx.state.device);
  let entries = await ctx.remote.list(folder);
  if (entries === null) {
    await ctx.remote.mkcol(folder);
    entries = [];
  }
  for (const e of entries) if (!e.collection && isTempName(e.name)) await ctx.remote.delete(`${folder}${e.name}`);
  const listed = new Map(entries.map((e) => [e.name, e.size]));
  const newest = Math.max(0, ...syncFiles(entries).map((f) => f.seq));
  if (newest > ctx.state.ownSeq) await ctx.update({ ownSeq: newest });
  // Only a file gone or shorter than written: a server that lists sizes its own way must not
  // make every sync send the whole library again.
  return Object.entries(ctx.state.ownFiles).some(([name, bytes]) => {
    const size = listed.get(name);
    return !listed.has(name) || (size !== undefined && size < bytes);
  });
}

function sameManifest(a: Manifest, b: Manifest): boolean {
  return a.library === b.library && a.encryption?.salt === b.encryption?.salt && a.encryption?.iterations === b.encryption?.iterations;
}

function newState(): SyncState {
  return { device: toHex(randomBytes(10)), cursors: {}, ownSeq: 0, ownFiles: {}, sinceSnapshot: 0, snapshotBytes: 0 };
}
