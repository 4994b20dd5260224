import type { HandlerDeps } from '@/utils/background/handler-deps';
import { filingPatch } from '@/utils/model/programme-filing';
import type { ChangeEvent } from '@/utils/messages/events';
import type { Talk, TalkMeta } from '@/utils/model/types';
import { updateTalk } from '@/utils/store/talk-edits';

/**
 * Files a talk in no conference under the programme entry its recording confidently matches
 * (its conference, day and place; the schedule's title and speakers where the person kept the
 * page's). Returns the talk as filed, or null when nothing matched or changed. A failed match
 * never fails the note that was saved before it.
 */
export async function fileUnderProgramme(deps: HandlerDeps, talk: Talk, meta: TalkMeta | null, now: () => number): Promise<Talk | null> {
  if (!deps.programmes || talk.conferenceId !== undefined || talk.programmeEntry !== undefined || talk.deletedAt !== undefined) return null;
  try {
    const filing = await deps.programmes.file(meta ?? talk);
    const patch = filing && filingPatch(talk, meta, filing);
    return patch ? await updateTalk(await deps.db(), talk.id, patch, null, now()) : null;
  } catch {
    return null;
  }
}

/**
 * After an import: every live talk in no conference whose recording the programmes now hold is
 * filed under its entry (conference, day, place; its title and speakers as they are, for what
 * the page said then is not known). Tells every view of each talk filed; answers how many.
 */
export async function fileStoredTalks(deps: HandlerDeps, now: () => number): Promise<number> {
  const loose = (await (await deps.db()).getAll('talks')).filter((t) => t.conferenceId === undefined && t.deletedAt === undefined);
  let filed = 0;
  for (const talk of loose) {
    const changed = await fileUnderProgramme(deps, talk, null, now);
    if (!changed) continue;
    filed++;
    void deps.broadcast({ event: 'talk.changed', talkId: changed.id, talk: changed, notes: [] } satisfies ChangeEvent).catch(() => {});
  }
  return filed;
}
