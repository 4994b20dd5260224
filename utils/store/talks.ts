import type { TalkId } from '@/utils/model/ids';
import type { TalkView } from '@/utils/model/replies';
import type { Db } from '@/utils/store/schema';
import { liveByMoment } from '@/utils/model/moment-order';
import { momentsOf, sheetNotes } from '@/utils/store/sheets';

/**
 * Everything a sidebar needs to show one talk, read in one transaction. With `first`, only the
 * talk's earliest `first` notes are read: a talk with thousands shows its first screenful
 * without waiting for the rest (reading each stored note costs tens of microseconds).
 */
export async function readTalk(db: Db, talkId: TalkId, first?: number): Promise<TalkView> {
  const tx = db.transaction(['talks', 'notes', 'sheets', 'drafts'], 'readonly');
  const [talk, notes, draft] = await Promise.all([
    tx.objectStore('talks').get(talkId),
    first === undefined
      ? sheetNotes(tx, talkId)
      : tx.objectStore('notes').index('byTalkMoment').getAll(momentsOf(talkId), first),
    tx.objectStore('drafts').get(talkId),
  ]);
  await tx.done;
  const complete = first === undefined || notes.length < first;
  // Sheets hold live notes by moment already; the first few come from the notes themselves.
  return { talk: talk ?? null, notes: first === undefined ? notes : liveByMoment(notes), draft: draft ?? null, complete };
}

/** `r` without its tombstone: brought back by the user at `now`. */
export function undeleted<T extends { deletedAt?: number; updatedAt: number }>(r: T, now: number): T {
  const { deletedAt: _gone, ...rest } = r;
  return { ...rest, updatedAt: now } as T;
}
