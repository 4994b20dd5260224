/**
 * Writing this device's files: its pending records as the next change file, and now and
 * then a snapshot of everything it holds, after which its older files are deleted. A
 * snapshot is written when the change files since the last one add up to more bytes than
 * that snapshot: so over time the bytes sent stay within twice the bytes of the changes,
 * however large the library, and a new device reads one snapshot, not years of changes.
 */
import { SyncError } from '@/utils/sync/errors';
import { writeSyncFile } from '@/utils/sync/files';
import { deviceFolder, fileName, parseFileName, type Cursors, type FileKind } from '@/utils/sync/layout';
import type { SyncContext } from '@/utils/sync/context';
import type { FileHeader } from '@/utils/sync/codec';
import { sendSlides, type BlobNames } from '@/utils/sync/slides';
import type { Dataset } from '@/utils/model/dataset';

export interface PushResult {
  records: number;
  bytes: number;
  snapshot: boolean;
}

/** `full`: write everything held as a snapshot (first sync with this library, or own files lost on the server). */
export async function pushChanges(ctx: SyncContext, full: boolean): Promise<PushResult> {
  const { records, mark } = await ctx.local.pending();
  const count = size(records);
  const result: PushResult = { records: count, bytes: 0, snapshot: false };
  if (full) {
    const all = await ctx.local.all();
    result.records = size(all);
    if (result.records > 0) {
      result.bytes += await writeSnapshot(ctx, 'next', all);
      result.snapshot = true;
    }
  } else if (count > 0) {
    const { seq, bytes } = await writeChanges(ctx, records);
    result.bytes += bytes;
    if (ctx.state.sinceSnapshot > Math.max(ctx.compactMinBytes, ctx.state.snapshotBytes)) {
      const snapshot = await writeSnapshot(ctx, seq);
      result.bytes += snapshot;
      result.snapshot = snapshot > 0;
    }
  }
  if (full || count > 0) await ctx.local.acknowledge(mark);
  return result;
}

/**
 * Writes the next file of this device. A name already taken is its own file from a sync cut
 * before it saved its count (the server's listing may lag): it is passed over.
 */
async function writeNext(ctx: SyncContext, kind: FileKind, data: Dataset): Promise<{ seq: number; bytes: number }> {
  const slides = await sendSlides(ctx, data);
  for (let tries = 0; tries < 5; tries++) {
    const seq = ctx.state.ownSeq + 1;
    const bytes = await writeSyncFile(ctx.remote, ctx.key, headerFor(ctx, kind, seq, slides.names), data);
    if (bytes !== null) return { seq, bytes };
    await ctx.update({ ownSeq: seq });
  }
  throw new SyncError('conflict', 'The server keeps refusing new file names for this device. Sync will try again later.');
}

async function writeChanges(ctx: SyncContext, records: Dataset): Promise<{ seq: number; bytes: number }> {
  const { seq, bytes } = await writeNext(ctx, 'changes', records);
  await ctx.update({
    ownSeq: seq,
    ownFiles: { ...ctx.state.ownFiles, [fileName('changes', seq)]: bytes },
    sinceSnapshot: ctx.state.sinceSnapshot + bytes,
  });
  return { seq, bytes };
}

/**
 * Writes a snapshot (holding this device's own changes up to its seq, and the others' up to
 * its cursors): as the next file, or at `seq` beside the change file of that seq. Then deletes
 * the files it makes needless. Returns its size; 0 when a snapshot of that seq is there
 * already (a cut sync wrote it): nothing is deleted then.
 */
async function writeSnapshot(ctx: SyncContext, at: number | 'next', data?: Dataset): Promise<number> {
  data ??= await ctx.local.all();
  let seq: number;
  let bytes: number | null;
  if (at === 'next') ({ seq, bytes } = await writeNext(ctx, 'snapshot', data));
  else {
    seq = at;
    const slides = await sendSlides(ctx, data);
    bytes = await writeSyncFile(ctx.remote, ctx.key, headerFor(ctx, 'snapshot', seq, slides.names), data);
  }
  if (bytes === null) return 0;
  const keep = fileName('snapshot', seq);
  const stale = Object.keys(ctx.state.ownFiles).filter((name) => name !== keep && (parseFileName(name)?.seq ?? 0) <= seq);
  const ownFiles = Object.fromEntries(Object.entries(ctx.state.ownFiles).filter(([name]) => !stale.includes(name)));
  // Saved before deleting: a sync cut here only leaves files that readers skip past.
  await ctx.update({ ownSeq: Math.max(ctx.state.ownSeq, seq), ownFiles: { ...ownFiles, [keep]: bytes }, sinceSnapshot: 0, snapshotBytes: bytes });
  for (const name of stale) await ctx.remote.delete(`${deviceFolder(ctx.state.device)}${name}`);
  return bytes;
}

/** A snapshot says how far it holds each other device; a change file holds only its own. */
function headerFor(ctx: SyncContext, kind: FileKind, seq: number, blobs: BlobNames): FileHeader {
  const cursors: Cursors = kind === 'snapshot' ? { ...ctx.state.cursors } : {};
  return { kind, device: ctx.state.device, seq, cursors, ...(Object.keys(blobs).length > 0 ? { blobs } : {}) };
}

function size(d: Dataset): number {
  return d.talks.length + d.notes.length + d.conferences.length + d.marks.length;
}
