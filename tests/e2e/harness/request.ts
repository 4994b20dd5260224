// A request of the extension's message contract, sent from one of its own pages as the library
// page sends it: for steps that set up or read data through the product's door, not its store.
import type { Api, RequestType } from '../../../utils/messages/api';
import type { E2eEnv } from './session';

type Reply = { ok: boolean; value?: unknown; error?: string };

/** Sends `type` with `payload` from a short-lived library page; answers the value, or throws the background's error. */
export async function request<K extends RequestType>(env: E2eEnv, type: K, payload: Api[K]['req']): Promise<Api[K]['res']> {
  const page = await env.browser.newPage(env.browser.extensionUrl('library.html'));
  try {
    const reply = await page.evaluate(
      (message) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage(message),
      { type, payload },
    );
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as Api[K]['res'];
  } finally {
    await page.close();
  }
}
