import type { ConferenceId, TalkId } from '@/utils/model/ids';
import type { ConferenceInput } from '@/utils/model/edits';
import type { Conference, Lang, Note, Talk } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { abort, committed, NotFoundError } from '@/utils/store/notes';
import { sheetNotes } from '@/utils/store/sheets';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';

/** The language a talk is written up in: its conference's, English when it has none (or it was deleted). */
export async function langOfTalk(db: Db, talk: Pick<Talk, 'conferenceId'>): Promise<Lang> {
  const conference = talk.conferenceId ? await db.get('conferences', talk.conferenceId) : undefined;
  return conference && conference.deletedAt === undefined ? conference.lang : 'en';
}

/**
 * Creates or replaces a conference. The id comes from the page, so a retried save updates the
 * same record. Saving a deleted conference brings it back: the user just edited it.
 */
export async function saveConference(db: Db, input: ConferenceInput, now = Date.now()): Promise<Conference> {
  const tx = db.transaction(['conferences', OUTBOX], 'readwrite');
  const conferences = tx.objectStore('conferences');
  const existing = await conferences.get(input.id);
  const conference: Conference = { ...input, createdAt: existing?.createdAt ?? now, updatedAt: stampAfter(now, existing) };
  await committed(tx, [conferences.put(conference), queueOutbox(tx, { conferences: [conference] })]);
  return conference;
}

/**
 * Marks a conference deleted (a tombstone) or brings it back. Its talks keep pointing at it,
 * so an undo restores the whole programme; while it is deleted they count as in no conference.
 */
export async function setConferenceDeleted(db: Db, id: ConferenceId, deleted: boolean, now = Date.now()): Promise<Conference> {
  const tx = db.transaction(['conferences', OUTBOX], 'readwrite');
  const conferences = tx.objectStore('conferences');
  const existing = await conferences.get(id);
  if (!existing) throw abort(tx, new NotFoundError('This conference no longer exists.'));
  if ((existing.deletedAt !== undefined) === deleted) {
    await tx.done;
    return existing; // already so: a retried request changes nothing
  }
  const { deletedAt: _gone, ...rest } = existing;
  const stamp = stampAfter(now, existing);
  const conference: Conference = deleted ? { ...rest, updatedAt: stamp, deletedAt: stamp } : { ...rest, updatedAt: stamp };
  await committed(tx, [conferences.put(conference), queueOutbox(tx, { conferences: [conference] })]);
  return conference;
}

export interface ConferenceData {
  conference: Conference;
  /** Its live talks, in no particular order (the export orders them). */
  talks: Talk[];
  /** Live notes of each talk, by moment. */
  notesByTalk: Map<TalkId, Note[]>;
}

/** Everything a conference export needs, read in one transaction. */
export async function readConference(db: Db, id: ConferenceId): Promise<ConferenceData> {
  const tx = db.transaction(['conferences', 'talks', 'sheets'], 'readonly');
  const [conference, talks] = await Promise.all([
    tx.objectStore('conferences').get(id),
    tx.objectStore('talks').index('byConference').getAll(id),
  ]);
  const live = talks.filter((t) => t.deletedAt === undefined);
  const notes = await Promise.all(live.map((t) => sheetNotes(tx, t.id)));
  await tx.done;
  if (!conference || conference.deletedAt !== undefined) throw new NotFoundError('This conference was deleted.');
  return { conference, talks: live, notesByTalk: new Map(live.map((t, i) => [t.id, notes[i] ?? []])) };
}
