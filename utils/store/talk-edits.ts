import type { TalkId } from '../model/ids';
import type { Draft, Talk, TalkMeta } from '../model/types';
import type { Db } from './db';
import { abort, NotFoundError } from './notes';
import { fillFromPage, talkFromMeta } from './talks';

/** Fields of a talk the user edits by hand. */
export type TalkPatch = Partial<Pick<Talk, 'title' | 'speakers' | 'links' | 'thoughts' | 'conferenceId' | 'day' | 'order'>>;

/** Applies the user's edit; creates the talk from `meta` when no note made it exist yet. */
export async function updateTalk(
  db: Db,
  talkId: TalkId,
  patch: TalkPatch,
  meta: TalkMeta | null,
  now = Date.now(),
): Promise<Talk> {
  const tx = db.transaction('talks', 'readwrite');
  const stored = await tx.store.get(talkId);
  // What the page tells now fills what an earlier save could not know yet (a title that rendered late).
  const base = stored ? ((meta && fillFromPage(stored, meta, now)) || stored) : meta ? talkFromMeta(meta, now) : null;
  if (!base) throw abort(tx, new NotFoundError(`no talk ${talkId}`));
  const talk: Talk = { ...base, ...patch, updatedAt: now };
  void tx.store.put(talk);
  await tx.done;
  return talk;
}

export async function putDraft(db: Db, draft: Draft): Promise<void> {
  await db.put('drafts', draft);
}

export async function clearDraft(db: Db, talkId: TalkId): Promise<void> {
  await db.delete('drafts', talkId);
}
