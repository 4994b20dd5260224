import { markIdOf, type TalkId } from '@/utils/model/ids';
import type { TalkMark } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { committed } from '@/utils/store/notes';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';

/** The live marks of a recording: whole seconds, ascending. */
export async function marksOf(db: Db, recording: TalkId): Promise<number[]> {
  const all = await db.getAllFromIndex('marks', 'byRecording', recording);
  return starts(all);
}

/**
 * Marks where a talk starts. Marking a moment already marked changes nothing, so a retried
 * request is harmless; marking one that was deleted brings it back. Answers the recording's
 * marks after the write, so the caller shows exactly what is stored.
 */
export async function addMarks(db: Db, recording: TalkId, moments: readonly number[], now = Date.now()): Promise<number[]> {
  const tx = db.transaction(['marks', OUTBOX], 'readwrite');
  const store = tx.objectStore('marks');
  const existing = new Map((await store.index('byRecording').getAll(recording)).map((m) => [m.at, m]));
  const writes: Promise<unknown>[] = [];
  const written: TalkMark[] = [];
  for (const at of new Set(moments)) {
    const old = existing.get(at);
    if (old && old.deletedAt === undefined) continue;
    const mark: TalkMark = { id: markIdOf(recording, at), recording, at, createdAt: old?.createdAt ?? now, updatedAt: stampAfter(now, old) };
    existing.set(at, mark);
    written.push(mark);
    writes.push(store.put(mark));
  }
  await committed(tx, [...writes, queueOutbox(tx, { marks: written })]);
  return starts([...existing.values()]);
}

function starts(marks: readonly TalkMark[]): number[] {
  return marks.filter((m) => m.deletedAt === undefined).map((m) => m.at).sort((a, b) => a - b);
}
