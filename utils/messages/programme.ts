/** The library page's requests about conference programmes: importing a schedule, reading one. */
import { MAX_SCHEDULE_BYTES } from '@/utils/formats/schedule/errors';
import type { ConferenceId } from '@/utils/model/ids';
import type { ProgrammeImportSummary, ProgrammeView } from '@/utils/model/programme-records';
import { describe, fail, parseConferenceId, record, type Check } from '@/utils/model/validate';
import { nullable, request } from '@/utils/messages/request';

/** The schedule's text is passed on untouched: parseSchedule judges it and words the message. */
const scheduleText: Check<string> = (x, path) => {
  if (typeof x !== 'string') return fail(path, `expected text, got ${describe(x)}`);
  return x.length > MAX_SCHEDULE_BYTES ? fail(path, `This file is larger than ${MAX_SCHEDULE_BYTES / 1024 / 1024} MB; no conference schedule is that large.`) : x;
};

export const PROGRAMME_REQUESTS = {
  /**
   * Reads a schedule file (JSON, XML or iCalendar, told from its content) in the background and
   * stores it in one transaction: as a new conference (`conferenceId` null) or merged into one.
   * A file that is no schedule fails with a message for the person, and nothing is written.
   */
  'programme.import': request<{ conferenceId: ConferenceId | null; text: string }, ProgrammeImportSummary>({
    check: record({ conferenceId: nullable(parseConferenceId), text: scheduleText }),
    large: (payload) => (typeof payload?.text === 'string' ? payload.text.length : 0),
    writes: true,
  }),
  /** A conference's programme, entries in schedule order (a header of null: none imported). */
  'programme.get': request<{ conferenceId: ConferenceId }, ProgrammeView>({
    check: record({ conferenceId: parseConferenceId }),
    large: true,
    writes: false,
  }),
};
