import type { NoteId } from '@/utils/model/ids';
import type { NoteInput } from '@/utils/model/edits';
import type { Note, Talk, TalkMeta } from '@/utils/model/types';
import type { SlideBytes, SlideImage } from '@/utils/model/slide';
import { talkIdOf } from '@/utils/model/ids';
import { NOTE_STORES, putNotes, readAhead } from '@/utils/store/note-writes';
import { imagesFollow } from '@/utils/store/slides';
import type { Db } from '@/utils/store/schema';
import { OUTBOX, outboxCounter, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';
import { undeleted } from '@/utils/store/talks';
import { fillFromPage, talkFromMeta } from '@/utils/model/talk-rules';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/**
 * Waits for `tx` to commit. When it did not, the reason given is the refused write's own
 * error (a full disk: QuotaExceededError) rather than the bare AbortError of the transaction;
 * each write's rejection is handled here so none surfaces a second time as unhandled.
 */
export async function committed(tx: { done: Promise<void> }, writes: Promise<unknown>[]): Promise<void> {
  const outcomes = writes.map((w) => w.then(() => undefined, (error: unknown) => error));
  try {
    await tx.done;
  } catch (error) {
    const refused = (await Promise.all(outcomes)).find((e) => e !== undefined && (e as { name?: unknown }).name !== 'AbortError');
    throw refused ?? error;
  }
}

/** Aborts `tx` so nothing it did is kept, and hands back `error` to throw. */
export function abort(tx: { abort(): void; done: Promise<void> }, error: Error): Error {
  tx.done.catch(() => {}); // the abort rejects `done`; the caller reports `error` instead
  tx.abort();
  return error;
}

/** A slide's image saved with its note: `imageId` names it (a UUID). */
export interface NewSlide {
  imageId: string;
  image: SlideBytes;
}

/**
 * Creates or updates a note and, in the same transaction, the talk it belongs to. Saving
 * the same id twice updates, never duplicates: a retried save after a lost reply is harmless.
 * With `slide`, the note is a slide note and its image is written in the same transaction (a
 * refused write, a full disk, keeps neither); without, a slide note keeps the slide it has.
 * Resolves only after the transaction commits.
 */
export async function saveNote(
  db: Db,
  input: NoteInput,
  meta: TalkMeta,
  now = Date.now(),
  slide?: NewSlide,
): Promise<{ note: Note; talk: Talk }> {
  const talkId = talkIdOf(meta.platform, meta.videoId);
  const tx = db.transaction(['talks', 'slideImages', ...NOTE_STORES, OUTBOX], 'readwrite');
  const talks = tx.objectStore('talks');
  const notes = tx.objectStore('notes');
  const ahead = readAhead(tx, talkId, input.at);
  const listed = outboxCounter(tx);
  const [stored, existing] = await Promise.all([talks.get(talkId), notes.get(input.id)]);
  if (existing && existing.talkId !== talkId) {
    throw abort(tx, new NotFoundError(`note ${input.id} belongs to another talk`));
  }
  // A note on a deleted talk means the user wants the talk again (its old notes stay deleted).
  const talkStamp = stampAfter(now, stored);
  const revived = stored?.deletedAt !== undefined ? undeleted(stored, talkStamp) : undefined;
  let talk = revived ?? stored ?? talkFromMeta(meta, now);
  const filled = stored ? (fillFromPage(talk, meta, talkStamp) ?? revived) : talk;
  const writes: Promise<unknown>[] = [];
  if (filled) {
    talk = filled;
    writes.push(talks.put(talk));
  }
  const note: Note = {
    id: input.id,
    talkId,
    at: input.at,
    kind: input.kind,
    text: input.text,
    createdAt: existing?.createdAt ?? now,
    updatedAt: stampAfter(now, existing),
  };
  if (slide) {
    const { blob, type, width, height } = slide.image;
    note.slide = { imageId: slide.imageId, width, height, type };
    const image: SlideImage = { id: slide.imageId, noteId: note.id, blob, type, width, height, createdAt: now, updatedAt: now };
    writes.push(tx.objectStore('slideImages').put(image));
  } else if (existing?.slide) {
    note.slide = existing.slide;
  }
  writes.push(...putNotes(tx, [{ before: existing, after: note }], ahead), queueOutbox(tx, { talks: filled ? [talk] : [], notes: [note] }, listed));
  await committed(tx, writes);
  return { note, talk };
}

/**
 * Marks a note deleted (a tombstone, kept for merging) or, with `deleted: false`, brings it
 * back; a slide note's image goes and comes back with it.
 */
export async function setNoteDeleted(db: Db, id: NoteId, deleted: boolean, now = Date.now()): Promise<Note> {
  const tx = db.transaction(['slideImages', ...NOTE_STORES, OUTBOX], 'readwrite');
  const listed = outboxCounter(tx);
  const existing = await tx.objectStore('notes').get(id);
  if (!existing) {
    throw abort(tx, new NotFoundError(`no note ${id}`));
  }
  const { deletedAt: _gone, ...rest } = existing;
  const stamp = stampAfter(now, existing);
  const note: Note = deleted ? { ...rest, updatedAt: stamp, deletedAt: stamp } : { ...rest, updatedAt: stamp };
  const writes = [...putNotes(tx, [{ before: existing, after: note }]), queueOutbox(tx, { notes: [note] }, listed)];
  writes.push(...(await imagesFollow(tx, [note])));
  await committed(tx, writes);
  return note;
}
