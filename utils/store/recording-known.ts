import type { TalkId } from '@/utils/model/ids';
import { partVideoId } from '@/utils/model/part-id';
import type { Db } from '@/utils/store/schema';

/**
 * Whether a recording has anything of the person's: live notes on it or on any of its parts
 * (`<id>#t=…`), an unsaved draft there, or a hand-marked talk start. Reads the counts and keys,
 * never a note: the page's loader asks this on every video.
 */
export async function recordingKnown(db: Db, recording: TalkId): Promise<boolean> {
  const tx = db.transaction(['counts', 'drafts', 'marks'], 'readonly');
  const counts = tx.objectStore('counts');
  // Every part's id is the recording's, `#t=` and digits: `<recording>#t=` up to `<recording>#t=\uffff`.
  const prefix = partVideoId(recording, 0).slice(0, -1);
  const parts = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const [own, ofParts, drafts, marks] = await Promise.all([
    counts.get(recording),
    counts.getAll(parts),
    tx.objectStore('drafts').count(IDBKeyRange.only(recording)).then(async (n) => n + (await tx.objectStore('drafts').count(parts))),
    tx.objectStore('marks').index('byRecording').getAll(recording),
  ]);
  await tx.done;
  return (own?.live ?? 0) > 0 || ofParts.some((c) => c.live > 0) || drafts > 0 || marks.some((m) => m.deletedAt === undefined);
}
