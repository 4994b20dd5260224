/** The sidebar's requests about the programme: which entry a recording is, choosing another, unlinking. */
import type { EntryCard } from '@/utils/formats/schedule/entry-card';
import type { TalkId } from '@/utils/model/ids';
import type { Talk, TalkMeta } from '@/utils/model/types';
import { LIMITS, parseTalkId, parseTalkMeta, record, str } from '@/utils/model/validate';
import { request } from '@/utils/messages/request';

/**
 * Which programme entry a recording is, as the sidebar shows it: `filed` under the entry the talk
 * holds; `matched` by a confident match (its notes are filed there when saved); `ask`: the best
 * entries, none sure enough; `unlinked`: the person took the talk out of the programme; `none`:
 * no programme has anything like it (or none is stored).
 */
export type ProgrammeLookup =
  | { state: 'filed'; entry: EntryCard }
  | { state: 'matched'; entry: EntryCard }
  | { state: 'ask'; candidates: EntryCard[] }
  | { state: 'unlinked' }
  | { state: 'none' };

/** How many entries a search in the sidebar answers with. */
export const SEARCH_LIMIT = 8;

const entryKey = str({ max: LIMITS.entryKey, min: 1, line: true });
const talkAndMeta = { talkId: parseTalkId, meta: parseTalkMeta };

export const PROGRAMME_SIDEBAR_REQUESTS = {
  /** The entry the opened recording is (and a note that it was opened), or the entries it may be. */
  'programme.match': request<{ talkId: TalkId; meta: TalkMeta }, ProgrammeLookup>({
    check: record(talkAndMeta),
    writes: false,
  }),
  /** Entries of every stored programme whose title, speakers, room or track hold every word typed. */
  'programme.search': request<{ text: string }, EntryCard[]>({
    check: record({ text: str({ max: 200, line: true }) }),
    writes: false,
  }),
  /** The person says the recording is this entry: the talk (made if it has no notes yet) is filed under it. */
  'programme.choose': request<{ talkId: TalkId; meta: TalkMeta; key: string }, { talk: Talk; lookup: ProgrammeLookup }>({
    check: record({ ...talkAndMeta, key: entryKey }),
    writes: true,
  }),
  /** The person says the recording is no entry: the talk leaves the entry's conference and is never filed again. */
  'programme.unlink': request<{ talkId: TalkId; meta: TalkMeta }, Talk>({
    check: record(talkAndMeta),
    writes: true,
  }),
};
