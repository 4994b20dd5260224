import type { TalkId } from '@/utils/model/ids';
import type { FilingPatch } from '@/utils/model/edits';
import type { Draft, Talk, TalkMeta } from '@/utils/model/types';
import type { Db } from '@/utils/store/schema';
import { abort, committed, NotFoundError } from '@/utils/store/notes';
import { fillFromPage, talkFromMeta } from '@/utils/model/talk-rules';
import { unlinked } from '@/utils/model/programme-filing';
import { OUTBOX, queueOutbox } from '@/utils/store/outbox';
import { stampAfter } from '@/utils/store/stamp';

/** Applies the user's edit; creates the talk from `meta` when no note made it exist yet. */
export async function updateTalk(
  db: Db,
  talkId: TalkId,
  patch: FilingPatch,
  meta: TalkMeta | null,
  now = Date.now(),
): Promise<Talk> {
  const tx = db.transaction(['talks', 'conferences', OUTBOX], 'readwrite');
  const talks = tx.objectStore('talks');
  const [stored, conference] = await Promise.all([
    talks.get(talkId),
    patch.conferenceId === undefined ? undefined : tx.objectStore('conferences').get(patch.conferenceId),
  ]);
  // What the page tells now fills what an earlier save could not know yet (a title that rendered late).
  const stamp = stampAfter(now, stored);
  const base = stored ? ((meta && fillFromPage(stored, meta, stamp)) || stored) : meta ? talkFromMeta(meta, now) : null;
  if (!base) throw abort(tx, new NotFoundError(`no talk ${talkId}`));
  // A talk never points at a conference that is not there (a stale page or a forged message).
  if (patch.conferenceId !== undefined && (!conference || conference.deletedAt !== undefined)) {
    throw abort(tx, new NotFoundError('That conference does not exist (it may have been deleted).'));
  }
  // Editing a deleted talk's details brings it back, as a new note on it does.
  const { deletedAt: _gone, ...live } = base;
  const talk: Talk = { ...live, ...patch, updatedAt: stamp };
  await committed(tx, [talks.put(talk), queueOutbox(tx, { talks: [talk] })]);
  return talk;
}

/** Takes a talk out of the programme (programme-filing.ts `unlinked`); a talk not yet stored is made from `meta`. */
export async function unlinkTalk(db: Db, talkId: TalkId, meta: TalkMeta | null, now = Date.now()): Promise<Talk> {
  const tx = db.transaction(['talks'], 'readwrite');
  const talks = tx.objectStore('talks');
  const stored = await talks.get(talkId);
  const base = stored ?? (meta ? talkFromMeta(meta, now) : null);
  if (!base) throw abort(tx, new NotFoundError(`no talk ${talkId}`));
  const talk = unlinked(base, now);
  await committed(tx, [talks.put(talk)]);
  return talk;
}

export async function putDraft(db: Db, draft: Draft): Promise<void> {
  await db.put('drafts', draft);
}

export async function clearDraft(db: Db, talkId: TalkId): Promise<void> {
  await db.delete('drafts', talkId);
}
