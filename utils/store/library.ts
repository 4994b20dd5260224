import { imagesFollow } from '@/utils/store/slides';
import { byProgramme } from '@/utils/formats/programme-order';
import type { Placement } from '@/utils/model/edits';
import type { TalkId } from '@/utils/model/ids';
import type { TalkDeletion } from '@/utils/model/replies';
import type { Note, Talk } from '@/utils/model/types';
import { changesOver, NOTE_STORES, putNotes } from '@/utils/store/note-writes';
import type { Db } from '@/utils/store/schema';
import { abort, committed, NotFoundError } from '@/utils/store/notes';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';
import { undeleted } from '@/utils/store/talks';

/**
 * Moves a talk into a conference day at `position` among the talks already there (0 first),
 * and numbers that day's talks 0, 1, 2… so the order is explicit. Taking a talk out of every
 * conference clears its conference, day and order. Returns every talk whose record changed.
 */
export async function assignTalk(db: Db, talkId: TalkId, to: Placement, now = Date.now()): Promise<Talk[]> {
  const tx = db.transaction(['talks', 'conferences', OUTBOX], 'readwrite');
  const talks = tx.objectStore('talks');
  const [talk, conference] = await Promise.all([
    talks.get(talkId),
    to.conferenceId === null ? undefined : tx.objectStore('conferences').get(to.conferenceId),
  ]);
  if (!talk || talk.deletedAt !== undefined) throw abort(tx, new NotFoundError('This talk was deleted.'));
  if (to.conferenceId === null) {
    const { conferenceId: _c, day: _d, order: _o, ...rest } = talk;
    const changed = talk.conferenceId === undefined && talk.day === undefined && talk.order === undefined ? [] : [{ ...rest, updatedAt: stampAfter(now, talk) }];
    await committed(tx, [...changed.map((t) => talks.put(t)), queueOutbox(tx, { talks: changed })]);
    return changed;
  }
  if (!conference || conference.deletedAt !== undefined) throw abort(tx, new NotFoundError('This conference was deleted.'));
  const sameDay = (t: Talk) => t.id !== talkId && t.deletedAt === undefined && (t.day ?? null) === to.day;
  const siblings = (await talks.index('byConference').getAll(to.conferenceId)).filter(sameDay).sort(byProgramme);
  const at = to.position === null ? siblings.length : Math.max(0, Math.min(to.position, siblings.length));
  siblings.splice(at, 0, talk);
  const changed: Talk[] = [];
  siblings.forEach((t, order) => {
    const { day: _d, ...rest } = t;
    const next: Talk = { ...rest, conferenceId: conference.id, ...(to.day === null ? {} : { day: to.day }), order };
    if (next.conferenceId === t.conferenceId && next.day === t.day && next.order === t.order) return;
    changed.push({ ...next, updatedAt: stampAfter(now, t) });
  });
  await committed(tx, [...changed.map((t) => talks.put(t)), queueOutbox(tx, { talks: changed })]);
  return changed;
}

/**
 * Deletes a talk with all its notes (tombstones, kept for merging), or undoes that: the notes
 * deleted together with the talk carry the talk's `deletedAt`, so an undo brings back exactly
 * those, not notes deleted one by one before. Repeating either changes nothing.
 */
export async function setTalkDeleted(db: Db, talkId: TalkId, deleted: boolean, now = Date.now()): Promise<TalkDeletion> {
  const tx = db.transaction(['talks', 'slideImages', ...NOTE_STORES, OUTBOX], 'readwrite');
  const [talk, all] = await Promise.all([tx.objectStore('talks').get(talkId), tx.objectStore('notes').index('byTalk').getAll(talkId)]);
  if (!talk) throw abort(tx, new NotFoundError('This talk no longer exists.'));
  if ((talk.deletedAt !== undefined) === deleted) {
    await tx.done;
    return { talk, notes: [] };
  }
  let next: Talk;
  let notes: Note[];
  // One stamp for the talk and its notes: an undo finds the notes deleted with the talk by it.
  if (deleted) {
    const live = all.filter((n) => n.deletedAt === undefined);
    const stamp = stampAfter(now, talk, ...live);
    next = { ...talk, updatedAt: stamp, deletedAt: stamp };
    notes = live.map((n) => ({ ...n, updatedAt: stamp, deletedAt: stamp }));
  } else {
    const gone = all.filter((n) => n.deletedAt === talk.deletedAt);
    const stamp = stampAfter(now, talk, ...gone);
    next = undeleted(talk, stamp);
    notes = gone.map((n) => undeleted(n, stamp));
  }
  const writes = [tx.objectStore('talks').put(next), ...putNotes(tx, changesOver(all, notes)), queueOutbox(tx, { talks: [next], notes })];
  // A slide note's image is deleted, and brought back, with its note.
  writes.push(...(await imagesFollow(tx, notes)));
  await committed(tx, writes);
  return { talk: next, notes };
}
