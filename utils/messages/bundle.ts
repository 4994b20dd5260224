/** The library page's request for a write-up bundle: the Markdown and its images in one `.zip`. */
import type { ConferenceId, TalkId } from '@/utils/model/ids';
import { describe, fail, int, LIMITS, parseConferenceId, parseTalkId, record, type Check } from '@/utils/model/validate';
import { bool, nullable, request } from '@/utils/messages/request';

/** What a bundle holds: a conference, one of its days, or a talk. */
export type BundleOf = { conferenceId: ConferenceId; day: number | null } | { talkId: TalkId };

/** The bundle's bytes and the name to save them under. */
export interface BundleFile {
  filename: string;
  zip: Uint8Array;
}

const dayNumber = int({ min: 1, max: LIMITS.days, what: 'a day number' });
const conferenceOf = record<{ conferenceId: ConferenceId; day: number | null }>({ conferenceId: parseConferenceId, day: nullable(dayNumber) });
const talkOf = record<{ talkId: TalkId }>({ talkId: parseTalkId });
const bundleOf: Check<BundleOf> = (x, path) => {
  if (typeof x !== 'object' || x === null) return fail(path, `expected a conference or a talk, got ${describe(x)}`);
  return 'talkId' in x ? talkOf(x, path) : conferenceOf(x, path);
};

export const BUNDLE_REQUESTS = {
  /** The write-up as a `.zip`: its Markdown, in the conference's language, beside the `images/` it links to. */
  'export.bundle': request<{ of: BundleOf; frontMatter: boolean }, BundleFile>({
    check: record({ of: bundleOf, frontMatter: bool }),
    large: true,
    writes: false,
  }),
};
