import type { Platform } from '@/utils/model/ids';
import { partVideoId } from '@/utils/model/part-id';
import type { Note, Talk } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { sheetNotes } from '@/utils/store/sheets';

/** The talks of one multi-talk recording that have been stored, by their start, each with its live notes. */
export async function readParts(db: Db, platform: Platform, recordingId: string): Promise<{ talk: Talk; notes: Note[] }[]> {
  const prefix = `${platform}:${partVideoId(recordingId, 0).slice(0, -1)}`;
  const tx = db.transaction(['talks', 'sheets'], 'readonly');
  const talks = (await tx.objectStore('talks').getAll(IDBKeyRange.bound(prefix, `${prefix}\uffff`))).filter((t) => t.deletedAt === undefined);
  const notes = await Promise.all(talks.map((t) => sheetNotes(tx, t.id)));
  await tx.done;
  const start = (t: Talk) => Number(t.videoId.slice(t.videoId.lastIndexOf('=') + 1));
  return talks.map((talk, i) => ({ talk, notes: notes[i] ?? [] })).sort((a, b) => start(a.talk) - start(b.talk));
}
