import type { Runtime } from 'webextension-polyfill';
import { describe, fail, record, type Check } from '@/utils/model/validate';

/**
 * Who may send a request, beyond being this extension's own content script or page:
 * `tab-or-page` anyone of those; `top-page` only the top page of a tab; `frame` only a frame
 * of a tab (not its top page); `content-script` any frame of a tab, not an extension page.
 */
export type Senders = 'tab-or-page' | 'top-page' | 'frame' | 'content-script';

/**
 * Everything the code knows about one request, in one place: the request lists, the background's
 * validation, the typed client and the handler maps are all derived from these.
 */
export interface RequestDescription<Payload, Answer> {
  /** Reads the payload; the background touches nothing the check did not return. */
  check: Check<Payload>;
  from: Senders;
  /**
   * Carries (or answers with) megabytes: from an extension page in Chromium it takes the service
   * worker's channel. A function tells how many characters a payload carries, for the silence
   * the worker is allowed while it works on it.
   */
  large: boolean | ((payload: Payload) => number);
  /** Writes records the library's index holds (talks, notes, conferences): the index is marked stale when it ends. */
  writes: boolean;
  /** Never read (undefined at run time): carries the type of the answer. */
  answer: Answer;
}

/** Describes a request; `from` defaults to any tab or page, `large` to false. */
export function request<Payload, Answer>(
  spec: Pick<RequestDescription<Payload, Answer>, 'check' | 'writes'> & Partial<Pick<RequestDescription<Payload, Answer>, 'from' | 'large'>>,
): RequestDescription<Payload, Answer> {
  return { from: 'tab-or-page', large: false, ...spec, answer: undefined as Answer };
}

/** Why `sender`, this extension's own tab or page, may not send a request open to `from`; null when it may. */
export function refusal(from: Senders, sender: Runtime.MessageSender): string | null {
  if (from === 'tab-or-page') return null;
  if (from === 'content-script') {
    const own = sender.url !== undefined && /^(chrome|moz)-extension:/.test(sender.url);
    return sender.tab?.id === undefined || sender.frameId === undefined || own ? 'refused: only a content script in a tab may ask for this' : null;
  }
  if (sender.tab?.id === undefined) return 'refused: only a page in a tab may use its frames';
  if (from === 'top-page' && sender.frameId !== 0) return 'refused: only the top page drives the players in its frames';
  if (from === 'frame' && (sender.frameId === undefined || sender.frameId === 0)) return 'refused: the top page has no frame to report';
  return null;
}

// Checks several audiences' payloads share.
export const nullable = <T,>(check: Check<T>): Check<T | null> => (x, p) => (x === null ? null : check(x, p));
export const bool: Check<boolean> = (x, p) => (typeof x === 'boolean' ? x : fail(p, `expected true or false, got ${describe(x)}`));
export const empty = record<Record<string, never>>({});

/** A file's text, passed on untouched for the background's parser to judge and word its message; refused unread when over `max`. */
export const fileText = (max: number, tooLarge: string): Check<string> => (x, p) => {
  if (typeof x !== 'string') return fail(p, `expected text, got ${describe(x)}`);
  return x.length > max ? fail(p, tooLarge) : x;
};

/**
 * How much a file's import carries, for `large`: the import is one transaction, and the worker
 * is allowed more silence the larger the file (measured on the sender's side, before any check:
 * a malformed payload counts as empty).
 */
export const fileSize = (payload: { text: string } | undefined): number => (typeof payload?.text === 'string' ? payload.text.length : 0);
