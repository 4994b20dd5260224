/**
 * Writing this device's files: its pending records as the next change file, and now and
 * then a snapshot of everything it holds, after which its older files are deleted. A
 * snapshot is written when the change files since the last one add up to more bytes than
 * that snapshot: so over time the bytes sent stay within twice the bytes of the changes,
 * however large the library, and a new device reads one snapshot, not years of changes.
 */
import { writeSyncFile } from './files';
import { deviceFolder, fileName, parseFileName, type Cursors } from './layout';
import type { SyncContext } from './context';
import type { Dataset } from '../model/dataset';

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
      result.bytes += await writeSnapshot(ctx, ctx.state.ownSeq + 1, all);
      result.snapshot = true;
    }
  } else if (count > 0) {
    const seq = ctx.state.ownSeq + 1;
    const bytes = await writeSyncFile(ctx.remote, ctx.key, { kind: 'changes', device: ctx.state.device, seq, cursors: {} }, records);
    result.bytes += bytes;
    await ctx.update({
      ownSeq: seq,
      ownFiles: { ...ctx.state.ownFiles, [fileName('changes', seq)]: bytes },
      sinceSnapshot: ctx.state.sinceSnapshot + bytes,
    });
    if (ctx.state.sinceSnapshot > Math.max(ctx.compactMinBytes, ctx.state.snapshotBytes)) {
      result.bytes += await writeSnapshot(ctx, seq);
      result.snapshot = true;
    }
  }
  if (full || count > 0) await ctx.local.acknowledge(mark);
  return result;
}

/**
 * Writes a snapshot at `seq` (holding this device's own changes up to seq, and the others' up
 * to its cursors), then deletes the files it makes needless. Returns its size.
 */
async function writeSnapshot(ctx: SyncContext, seq: number, data?: Dataset): Promise<number> {
  data ??= await ctx.local.all();
  const cursors: Cursors = { ...ctx.state.cursors };
  const bytes = await writeSyncFile(ctx.remote, ctx.key, { kind: 'snapshot', device: ctx.state.device, seq, cursors }, data);
  const keep = fileName('snapshot', seq);
  const stale = Object.keys(ctx.state.ownFiles).filter((name) => name !== keep && (parseFileName(name)?.seq ?? 0) <= seq);
  const ownFiles = Object.fromEntries(Object.entries(ctx.state.ownFiles).filter(([name]) => !stale.includes(name)));
  // Saved before deleting: a sync cut here only leaves files that readers skip past.
  await ctx.update({ ownSeq: Math.max(ctx.state.ownSeq, seq), ownFiles: { ...ownFiles, [keep]: bytes }, sinceSnapshot: 0, snapshotBytes: bytes });
  for (const name of stale) await ctx.remote.delete(`${deviceFolder(ctx.state.device)}${name}`);
  return bytes;
}

function size(d: Dataset): number {
  return d.talks.length + d.notes.length + d.conferences.length + d.marks.length;
}
