/**
 * The browser's own promise-based extension API, for code that runs in web pages (the sidebar,
 * the loaders, the frame agents): `browser` in Firefox, `chrome` in Chromium, whose Manifest V3
 * calls return promises too. webextension-polyfill's module wraps every `chrome.*` namespace as
 * it loads (reading `chrome.app` alone took milliseconds on each page); what these scripts use
 * of it is small and rewritten here. Types only come from the polyfill.
 */
import type Browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export const nativeApi = (): typeof Browser =>
  (globalThis as unknown as { browser?: typeof Browser }).browser ?? (globalThis as unknown as { chrome: typeof Browser }).chrome;

/** What the polyfill, answering in the background, sends in place of a rejected promise. */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}
const isRejection = (reply: unknown): reply is PolyfillRejection =>
  typeof reply === 'object' && reply !== null && (reply as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true;

/**
 * `runtime.sendMessage` as the polyfill gives it: Chromium's "port closed before a response"
 * (no listener answered; the worker stopped mid-request) is no answer, `undefined`, and the
 * background's rejection is an error here.
 */
export async function sendMessage(message: unknown, api = nativeApi()): Promise<unknown> {
  let reply: unknown;
  try {
    reply = await api.runtime.sendMessage(message);
  } catch (error) {
    if (error instanceof Error && /message port closed before a response was received/i.test(error.message)) return undefined;
    throw error;
  }
  if (isRejection(reply)) throw new Error(reply.message);
  return reply;
}

/** A listener that answers with a promise, or undefined to leave the message to others. */
export type Answering = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;

/**
 * Adds `answer` to `runtime.onMessage` until `signal` aborts. Firefox takes the promise as the
 * answer; Chromium wants `sendResponse` and `true`, which Firefox takes too, so both get that.
 * A rejection is answered as the polyfill would, so a sender that uses it sees an error.
 */
export function addAnswering(answer: Answering, signal?: AbortSignal, api = nativeApi()): void {
  const handler = (message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = answer(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: error instanceof Error ? error.message : String(error) } satisfies PolyfillRejection),
    );
    return true;
  };
  api.runtime.onMessage.addListener(handler as Parameters<typeof api.runtime.onMessage.addListener>[0]);
  signal?.addEventListener('abort', () => api.runtime.onMessage.removeListener(handler as Parameters<typeof api.runtime.onMessage.addListener>[0]), { once: true });
}
