import type { Db } from '@/utils/store/schema';
import { addMarks } from '@/utils/store/marks';
import { dropIfInvalid, parseTalkId, wholeMoment } from '@/utils/model/validate';

/** Where versions before the marks store (schema 4) kept hand-marked talk starts. */
export const LEGACY_KEY = 'talkMarks';

// What is not a mark is dropped, not refused: the rest of the old marks still move in.
const validRecording = dropIfInvalid(parseTalkId);
const validStart = dropIfInvalid(wholeMoment);

export interface LegacyStorage {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * Moves marks an older version kept in `storage.local` (`{ [recording]: seconds[] }`) into the
 * store, where backups see them, then removes the old key. The key goes only after the store
 * committed, so a failure leaves it for the next start; entries that are not marks are dropped.
 * Answers how many marks were moved.
 */
export async function adoptLegacyMarks(db: () => Promise<Db>, storage: LegacyStorage, now = Date.now()): Promise<number> {
  const value = (await storage.get(LEGACY_KEY))[LEGACY_KEY];
  if (value === undefined) return 0;
  let moved = 0;
  if (typeof value === 'object' && value !== null) {
    const store = await db();
    for (const [recording, list] of Object.entries(value)) {
      const talkId = validRecording(recording, LEGACY_KEY);
      if (!talkId || !Array.isArray(list)) continue;
      const starts = list.flatMap((n: unknown) => validStart(n, LEGACY_KEY) ?? []);
      if (starts.length === 0) continue;
      await addMarks(store, talkId, starts, now);
      moved += starts.length;
    }
  }
  await storage.remove(LEGACY_KEY);
  return moved;
}
