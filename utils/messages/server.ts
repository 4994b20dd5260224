/** The background's side of the requests: validated, handled, answered on both roads. */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Envelope, Reply, Req, RequestType, Res } from '@/utils/messages/api';
import { isServiceWorker, serveWorkerChannel } from '@/utils/messages/channel';
import { isEvent } from '@/utils/messages/events';

/** The background's answer to each request of a group (an audience's requests, or all of them); payloads arrive validated. */
export type Handlers<G = Record<RequestType, unknown>> = {
  [K in keyof G & RequestType]: (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>>;
};

/**
 * Wires request handlers in the background, on runtime messaging and, in a service worker,
 * on the extension pages' channel; `validate` throws on a bad payload or sender.
 */
export function serve(
  handle: (envelope: Envelope, sender: Runtime.MessageSender) => Promise<unknown>,
  validate: (message: unknown, sender: Runtime.MessageSender) => Envelope,
  scope: object = globalThis,
): void {
  const answer = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
    let envelope: Envelope;
    try {
      envelope = validate(message, sender);
    } catch (error) {
      return Promise.resolve(failure(error));
    }
    return handle(envelope, sender).then(
      (value): Reply<unknown> => ({ ok: true, value: value ?? null }),
      failure,
    );
  };
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => (isEvent(message) ? undefined : answer(message, sender)));
  if (isServiceWorker(scope)) serveWorkerChannel(answer, browser.runtime.id, scope);
}

function failure(error: unknown): Reply<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
