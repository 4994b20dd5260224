import type { HandlerDeps } from '@/utils/background/handler-deps';
import type { Filing, ProgrammeMatcher } from '@/utils/background/programme-match';
import { entryCard } from '@/utils/formats/schedule/entry-card';
import { SEARCH_LIMIT, type PROGRAMME_SIDEBAR_REQUESTS, type ProgrammeLookup } from '@/utils/messages/programme-sidebar';
import type { Handlers } from '@/utils/messages/server';
import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { filingPatch } from '@/utils/model/programme-filing';
import { talkFromMeta } from '@/utils/model/talk-rules';
import type { Talk, TalkMeta } from '@/utils/model/types';
import { markOpened } from '@/utils/store/programmes';
import { NotFoundError } from '@/utils/store/notes';
import { unlinkTalk, updateTalk } from '@/utils/store/talk-edits';

export interface ProgrammeSidebarDeps extends HandlerDeps {
  programmes: ProgrammeMatcher;
}

/** The sidebar's side of the programme: which entry a recording is, the person's choice of another, unlinking. */
export function createProgrammeSidebarHandlers(deps: ProgrammeSidebarDeps): Handlers<typeof PROGRAMME_SIDEBAR_REQUESTS> {
  const now = deps.now ?? Date.now;
  const { programmes } = deps;

  async function cardOf(f: Filing): Promise<ProgrammeLookup & { state: 'filed' }> {
    return { state: 'filed', entry: entryCard(f.key, (await programmes.conferenceTitle(f.conferenceId)) ?? '', f.entry) };
  }

  /** That a recording of the entry was opened, for the library; a failure costs the sidebar nothing. */
  async function opened(key: string): Promise<void> {
    await markOpened(await deps.db(), key, now()).catch(() => false);
  }

  function sameRecording(talkId: TalkId, meta: TalkMeta): void {
    if (talkIdOf(meta.platform, meta.videoId) !== talkId) throw new Error('The talk details belong to another video.');
  }

  function tell(talk: Talk): void {
    void deps.broadcast({ event: 'talk.changed', talkId: talk.id, talk, notes: [] }).catch(() => {});
  }

  return {
    'programme.match': async ({ talkId, meta }) => {
      sameRecording(talkId, meta);
      const talk = await (await deps.db()).get('talks', talkId);
      if (talk?.programmeEntry === null) return { state: 'unlinked' };
      if (typeof talk?.programmeEntry === 'string') {
        const filed = await programmes.entry(talk.programmeEntry);
        if (filed) {
          await opened(filed.key);
          return cardOf(filed);
        }
      }
      const { best, confident } = await programmes.candidates(meta);
      if (confident) {
        await opened(confident.key);
        return { ...(await cardOf(confident)), state: 'matched' };
      }
      if (best.length === 0) return { state: 'none' };
      return { state: 'ask', candidates: await Promise.all(best.map(async (f) => (await cardOf(f)).entry)) };
    },
    'programme.search': async ({ text }) => {
      const found = await programmes.search(text, SEARCH_LIMIT);
      return found.map((f) => entryCard(f.key, f.conference, f.entry));
    },
    'programme.choose': async ({ talkId, meta, key }) => {
      sameRecording(talkId, meta);
      const place = await programmes.entry(key);
      if (!place) throw new NotFoundError('That programme entry is no longer stored (was its schedule imported again?).');
      const db = await deps.db();
      const base = (await db.get('talks', talkId)) ?? talkFromMeta(meta, now());
      const patch = filingPatch(base, meta, place, true)!;
      const talk = await updateTalk(db, talkId, patch, meta, now());
      await opened(place.key);
      tell(talk);
      return { talk, lookup: await cardOf(place) };
    },
    'programme.unlink': async ({ talkId, meta }) => {
      sameRecording(talkId, meta);
      const talk = await unlinkTalk(await deps.db(), talkId, meta, now());
      tell(talk);
      return talk;
    },
  };
}
