import type { TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { lastLogged } from '@/utils/store/search-persist';

/**
 * Every live note, read from the sheets `size` sheets to a transaction, and the last write
 * logged before the first read: every write after it is in the log, so catching up from there
 * leaves none out (a note read here and again from the log is put twice, the log's last).
 */
export async function readEverySheet(db: Db, size: number): Promise<{ notes: Note[]; from: number }> {
  const all: Note[] = [];
  let from = 0;
  let after: [TalkId, number] | undefined;
  for (;;) {
    const tx = db.transaction(['sheets', 'searchLog'], 'readonly');
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const [sheets, last] = await Promise.all([tx.objectStore('sheets').getAll(range, Number.isFinite(size) ? size : undefined), after === undefined ? lastLogged(tx) : from]);
    await tx.done;
    from = last;
    for (const sheet of sheets) all.push(...sheet.notes);
    if (sheets.length < size) return { notes: all, from };
    const end = sheets[sheets.length - 1]!;
    after = [end.talkId, end.from];
  }
}
