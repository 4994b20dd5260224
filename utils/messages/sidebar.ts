/** The sidebar's requests: a talk, its notes and drafts, its export. */
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { NoteInput, TalkPatch } from '@/utils/model/edits';
import type { TalkView } from '@/utils/model/replies';
import { NOTE_KINDS, type Draft, type Note, type Talk, type TalkMeta } from '@/utils/model/types';
import {
  arrayOf, fail, int, LIMITS, oneOf, optional, parseConferenceId, parseDraft, parseNoteId, parseSpeaker,
  parseTalkId, parseTalkMeta, record, str, webUrl,
} from '@/utils/model/validate';
import { nullable, request } from '@/utils/messages/request';

const link = record({ label: str({ max: LIMITS.title, line: true }), url: webUrl });

const patch = record<TalkPatch>({
  title: optional(str({ max: LIMITS.title, min: 1, line: true })),
  speakers: optional(arrayOf(parseSpeaker, { max: LIMITS.speakers })),
  links: optional(arrayOf(link, { max: LIMITS.links })),
  summary: optional(str({ max: LIMITS.noteText })),
  thoughts: optional(str({ max: LIMITS.noteText })),
  verdict: optional(str({ max: LIMITS.noteText })),
  conferenceId: optional(parseConferenceId),
  day: optional(int({ min: 1, max: LIMITS.days })),
  order: optional(int({ min: 0, max: LIMITS.order })),
});

const noteInput = record<NoteInput>({
  id: parseNoteId,
  at: (x, p) => (typeof x === 'number' && x >= 0 && x <= LIMITS.moment ? x : fail(p, 'expected a number of seconds ≥ 0')),
  kind: oneOf(NOTE_KINDS),
  text: str({ max: LIMITS.noteText, min: 1 }),
});

export const SIDEBAR_REQUESTS = {
  /** A talk with its notes; `first`: only its earliest notes (the view says whether that was all). */
  'talk.open': request<{ talkId: TalkId; first?: number }, TalkView>({
    check: record({ talkId: parseTalkId, first: optional(int({ min: 1, max: 1000, what: 'a number of notes' })) }),
    writes: false,
  }),
  'talk.update': request<{ talkId: TalkId; patch: TalkPatch; meta: TalkMeta | null }, Talk>({
    check: record({ talkId: parseTalkId, patch, meta: nullable(parseTalkMeta) }),
    writes: true,
  }),
  'note.save': request<{ note: NoteInput; meta: TalkMeta }, { note: Note; talk: Talk }>({
    check: record({ note: noteInput, meta: parseTalkMeta }),
    writes: true,
  }),
  'note.delete': request<{ id: NoteId }, Note>({ check: record({ id: parseNoteId }), writes: true }),
  'note.restore': request<{ id: NoteId }, Note>({ check: record({ id: parseNoteId }), writes: true }),
  'draft.put': request<{ draft: Draft }, null>({ check: record({ draft: parseDraft }), writes: false }),
  'draft.clear': request<{ talkId: TalkId }, null>({ check: record({ talkId: parseTalkId }), writes: false }),
  'talk.export': request<{ talkId: TalkId }, { markdown: string; filename: string }>({ check: record({ talkId: parseTalkId }), writes: false }),
  'file.download': request<{ filename: string; text: string }, null>({
    check: record({ filename: str({ max: 200, min: 1, line: true }), text: str({ max: 50 * 1024 * 1024 }) }),
    writes: false,
  }),
};
