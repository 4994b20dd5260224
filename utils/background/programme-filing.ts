import type { HandlerDeps } from '@/utils/background/handler-deps';
import { filingPatch } from '@/utils/model/programme-filing';
import type { Talk, TalkMeta } from '@/utils/model/types';
import { updateTalk } from '@/utils/store/talk-edits';

/**
 * Files a talk in no conference under the programme entry its recording confidently matches
 * (its conference, day and place; the schedule's title and speakers where the person kept the
 * page's). Returns the talk as filed, or null when nothing matched or changed. A failed match
 * never fails the note that was saved before it.
 */
export async function fileUnderProgramme(deps: HandlerDeps, talk: Talk, meta: TalkMeta, now: () => number): Promise<Talk | null> {
  if (!deps.programmes || talk.conferenceId !== undefined) return null;
  try {
    const filing = await deps.programmes.file(meta);
    const patch = filing && filingPatch(talk, meta, filing.conferenceId, filing.entry, filing.order);
    return patch ? await updateTalk(await deps.db(), talk.id, patch, null, now()) : null;
  } catch {
    return null;
  }
}
