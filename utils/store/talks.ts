import type { TalkId } from '@/utils/model/ids';
import type { Draft, Note, Talk, TalkMeta } from '@/utils/model/types';
import { talkIdOf } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { liveByMoment } from '@/utils/store/moment-order';
import { momentsOf, sheetNotes } from '@/utils/store/sheets';

export interface TalkView {
  talk: Talk | null;
  /** Live notes (tombstones left out), by moment. */
  notes: Note[];
  draft: Draft | null;
  /** False when the first `first` notes were read and there may be more. */
  complete: boolean;
}

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

/** The talk record for `meta`, created when the first note or edit needs it. */
export function talkFromMeta(meta: TalkMeta, now: number): Talk {
  return {
    id: talkIdOf(meta.platform, meta.videoId),
    platform: meta.platform,
    videoId: meta.videoId,
    url: meta.url,
    title: meta.title,
    ...(meta.channel ? { channel: meta.channel } : {}),
    ...(meta.duration ? { duration: meta.duration } : {}),
    speakers: meta.speakers,
    links: [],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * What the page says fills only what the user has not given: a title or speakers edited in
 * the sidebar are never overwritten by a later visit. Returns null when nothing changes.
 */
export function fillFromPage(talk: Talk, meta: TalkMeta, now: number): Talk | null {
  const next: Talk = { ...talk };
  if (!talk.title && meta.title) next.title = meta.title;
  if (!talk.channel && meta.channel) next.channel = meta.channel;
  if (!talk.duration && meta.duration) next.duration = meta.duration;
  if (talk.speakers.length === 0 && meta.speakers.length > 0) next.speakers = meta.speakers;
  const changed =
    next.title !== talk.title ||
    next.channel !== talk.channel ||
    next.duration !== talk.duration ||
    next.speakers !== talk.speakers;
  return changed ? { ...next, updatedAt: now } : null;
}
