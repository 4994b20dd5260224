import type { Runtime } from 'webextension-polyfill';
import type { Envelope, RequestType } from '@/utils/messages';
import {
  arrayOf, fail, int, LIMITS, oneOf, optional, parseConferenceId, parseDraft, parseNoteId, parseSpeaker,
  parseTalkId, parseTalkMeta, record, str, webUrl, type Check,
} from '@/utils/model/validate';
import { NOTE_KINDS } from '@/utils/model/types';
import type { NoteInput } from '@/utils/model/edits';
import type { TalkPatch } from '@/utils/model/edits';
import { LIBRARY_PAYLOADS } from '@/utils/messages-validate-library'; // library page (issue 3)
import { FRAME_PAYLOADS, MARK_PAYLOADS } from '@/utils/messages-validate-frames'; // sites (issue 4)

const link = record({ label: str({ max: LIMITS.title, line: true }), url: webUrl });

const patch = record<TalkPatch>({
  title: optional(str({ max: LIMITS.title, min: 1, line: true })),
  speakers: optional(arrayOf(parseSpeaker, { max: LIMITS.speakers })),
  links: optional(arrayOf(link, { max: LIMITS.links })),
  thoughts: optional(str({ max: LIMITS.noteText })),
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

const nullable = <T,>(check: Check<T>): Check<T | null> => (x, p) => (x === null ? null : check(x, p));

/** One payload checker per request: the background touches nothing a checker did not return. */
const PAYLOADS: { [K in RequestType]: Check<Envelope<K>['payload']> } = {
  'talk.open': record({ talkId: parseTalkId, first: optional(int({ min: 1, max: 1000, what: 'a number of notes' })) }),
  'talk.update': record({ talkId: parseTalkId, patch, meta: nullable(parseTalkMeta) }),
  'note.save': record({ note: noteInput, meta: parseTalkMeta }),
  'note.delete': record({ id: parseNoteId }),
  'note.restore': record({ id: parseNoteId }),
  'draft.put': record({ draft: parseDraft }),
  'draft.clear': record({ talkId: parseTalkId }),
  'talk.export': record({ talkId: parseTalkId }),
  'file.download': record({ filename: str({ max: 200, min: 1, line: true }), text: str({ max: 50 * 1024 * 1024 }) }),
  ...LIBRARY_PAYLOADS, // library page (issue 3)
  ...FRAME_PAYLOADS, // sites (issue 4)
  ...MARK_PAYLOADS, // hand-marked talk starts in streams (issue 4)
};

export interface SenderRules {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

/**
 * Reads an incoming message, or throws an error the sender can show. Only this extension's
 * own content scripts (in a tab) and pages may ask anything.
 */
export function validateRequest(message: unknown, sender: Runtime.MessageSender, rules: SenderRules): Envelope {
  if (sender.id !== rules.extensionId) fail('', 'refused: the message did not come from this extension');
  const fromPage = sender.url?.startsWith(rules.extensionOrigin) ?? false;
  if (!sender.tab && !fromPage) fail('', 'refused: unknown sender');
  if (typeof message !== 'object' || message === null || Array.isArray(message)) fail('', 'expected a request object');
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(PAYLOADS, type)) fail('type', 'unknown request');
  const check = PAYLOADS[type as RequestType] as Check<unknown>;
  return { type: type as RequestType, payload: check(payload, 'payload') } as Envelope;
}
