/**
 * Reading the other devices' files: per device, the cheapest unbroken run of files from this
 * device's cursor on (layout.planReads), each merged into the local records and the cursor
 * saved after each, so an interrupted sync resumes where it stopped and merges nothing twice
 * (merging twice would be harmless anyway: the merge is idempotent).
 */
import { SyncError } from '@/utils/sync/errors';
import { readSyncFile } from '@/utils/sync/files';
import { deviceFolder, filePath, isDeviceId, parseFileName, planReads, raiseCursors, type SyncFile } from '@/utils/sync/layout';
import type { SyncContext } from '@/utils/sync/context';
import { fetchSlides, wantSlides } from '@/utils/sync/slides';
import type { RemoteEntry } from '@/utils/sync/remote';

export interface PullResult {
  files: number;
  merged: number;
  bytes: number;
  /** Slides' images fetched, and their bytes. */
  slides: { fetched: number; bytes: number };
  /** Devices that could not be read this time, with why (the others were); images left out. */
  problems: SyncError[];
}

export async function pullDevices(ctx: SyncContext, devices: readonly string[]): Promise<PullResult> {
  const result: PullResult = { files: 0, merged: 0, bytes: 0, slides: { fetched: 0, bytes: 0 }, problems: [] };
  for (const device of devices) {
    if (device === ctx.state.device || !isDeviceId(device)) continue;
    try {
      await pullDevice(ctx, device, result);
    } catch (e) {
      // One device's damaged or vanishing file must not hold back the others.
      if (e instanceof SyncError && (e.kind === 'damaged' || e.kind === 'conflict')) result.problems.push(e);
      else throw e;
    }
  }
  return result;
}

async function pullDevice(ctx: SyncContext, device: string, result: PullResult): Promise<void> {
  // A device compacting at this moment may delete files between listing and reading: list again once.
  for (let attempt = 0; ; attempt++) {
    const files = syncFiles((await ctx.remote.list(deviceFolder(device))) ?? []);
    const plan = planFor(ctx, device, files);
    let vanished = false;
    for (const file of plan) {
      const read = await readOne(ctx, device, file);
      if (read === null) {
        vanished = true;
        break;
      }
      result.files++;
      result.bytes += read.bytes;
      // The pictures of its slide notes first: a note arrives with its picture.
      await wantSlides(ctx, read.header.blobs, read.data);
      addSlides(result, await fetchSlides(ctx));
      result.merged += await ctx.local.merge(read.data);
      const cursors = { ...ctx.state.cursors, [device]: file.seq };
      const raised = file.kind === 'snapshot' ? raiseCursors(cursors, read.header.cursors) : cursors;
      delete raised[ctx.state.device];
      await ctx.update({ cursors: raised });
    }
    if (!vanished) return;
    if (attempt >= 1) {
      throw new SyncError('conflict', `The files of another device changed on the server while they were read. Sync will try again.`);
    }
  }
}

function planFor(ctx: SyncContext, device: string, files: SyncFile[]): SyncFile[] {
  const plan = planReads(files, ctx.state.cursors[device] ?? 0, (f) => ctx.damaged.has(damageKey(device, f)));
  if (plan === null) {
    throw new SyncError(
      'damaged',
      `A file of another device (${device}) is missing or damaged on the server, so its latest changes cannot be read yet. They will be, once that device syncs again.`,
    );
  }
  return plan;
}

async function readOne(ctx: SyncContext, device: string, file: SyncFile) {
  try {
    return await readSyncFile(ctx.remote, ctx.key, device, file);
  } catch (e) {
    if (e instanceof SyncError && e.kind === 'damaged' && (e as SyncError & { whole?: boolean }).whole) {
      ctx.damaged.add(damageKey(device, file));
    }
    throw e;
  }
}

function damageKey(device: string, f: SyncFile): string {
  return `${filePath(device, f.kind, f.seq)}:${f.size ?? '?'}`;
}

/** Adds what a fetch of images did to the result. */
export function addSlides(result: PullResult, slides: { fetched: number; bytes: number; problems: SyncError[] }): void {
  result.slides.fetched += slides.fetched;
  result.slides.bytes += slides.bytes;
  result.problems.push(...slides.problems);
}

/** The sync files among a folder's entries; temporary uploads and strangers left out. */
export function syncFiles(entries: readonly RemoteEntry[]): SyncFile[] {
  const out: SyncFile[] = [];
  for (const e of entries) {
    const parsed = e.collection ? null : parseFileName(e.name);
    if (parsed !== null) out.push({ ...parsed, size: e.size });
  }
  return out;
}
