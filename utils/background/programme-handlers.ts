import type { HandlerDeps } from '@/utils/background/handler-deps';
import { fileStoredTalks } from '@/utils/background/programme-filing';
import type { ProgrammeMatcher } from '@/utils/background/programme-match';
import { byStart } from '@/utils/formats/schedule/entries';
import type { PROGRAMME_REQUESTS } from '@/utils/messages/programme';
import type { Handlers } from '@/utils/messages/server';
import { newConferenceId } from '@/utils/model/ids';
import { importProgramme, readProgramme } from '@/utils/store/programmes';

export interface ProgrammeDeps extends HandlerDeps {
  /** Matches recordings against the stored programmes; told when an import changed them. */
  programmes: ProgrammeMatcher;
  newConferenceId?: typeof newConferenceId;
}

/** Conference programmes: one read by the library page from its schedule file, checked and stored in one transaction. */
export function createProgrammeHandlers(deps: ProgrammeDeps): Handlers<typeof PROGRAMME_REQUESTS> {
  const now = deps.now ?? Date.now;
  return {
    'programme.import': async ({ conferenceId, programme: checked }) => {
      // The order the store and the merge rely on is not taken on a sender's word.
      const programme = { ...checked, entries: [...checked.entries].sort(byStart) };
      const { summary } = await importProgramme(await deps.db(), programme, conferenceId, deps.newConferenceId ?? newConferenceId, now());
      deps.programmes.invalidate(summary.conferenceId);
      await fileStoredTalks(deps, now);
      return summary;
    },
    'programme.get': async ({ conferenceId }) => readProgramme(await deps.db(), conferenceId),
  };
}
