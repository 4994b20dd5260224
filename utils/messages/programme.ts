/** The library page's requests about conference programmes: importing a schedule, reading one. */
import { parseProgramme } from '@/utils/formats/programme-backup';
import type { ConferenceId } from '@/utils/model/ids';
import type { Programme } from '@/utils/model/programme';
import type { ProgrammeImportSummary, ProgrammeView } from '@/utils/model/programme-records';
import { parseConferenceId, record } from '@/utils/model/validate';
import { nullable, request } from '@/utils/messages/request';

/** About how many characters a programme carries: its entries' long texts dominate. */
function programmeSize(programme: Programme | undefined): number {
  if (!Array.isArray(programme?.entries)) return 0;
  let size = 0;
  for (const e of programme.entries) size += 300 + (e?.abstract?.length ?? 0) + (e?.description?.length ?? 0);
  return size;
}

export const PROGRAMME_REQUESTS = {
  /**
   * Stores a programme the library page read from a schedule file (parseSchedule there, so the
   * worker carries no schedule parser), in one transaction: as a new conference (`conferenceId`
   * null) or merged into one. The programme is checked like a backup's; nothing is written when
   * it fails.
   */
  'programme.import': request<{ conferenceId: ConferenceId | null; programme: Programme }, ProgrammeImportSummary>({
    check: record({ conferenceId: nullable(parseConferenceId), programme: parseProgramme }),
    large: (payload) => programmeSize(payload?.programme),
    writes: true,
  }),
  /** A conference's programme, entries in schedule order (a header of null: none imported). */
  'programme.get': request<{ conferenceId: ConferenceId }, ProgrammeView>({
    check: record({ conferenceId: parseConferenceId }),
    large: true,
    writes: false,
  }),
};
