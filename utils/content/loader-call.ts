/**
 * The loader's side of its two requests, without the message contract's code (its checks are
 * the background's business): the loader must stay a few kilobytes. Besides types, only the
 * browser's own API is imported (utils/messages/native.ts).
 */
import type { Reply, Req, Res } from '@/utils/messages/api';
import type { LOADER_REQUESTS } from '@/utils/messages/loader';
import { nativeApi } from '@/utils/messages/native';

type LoaderRequest = keyof typeof LOADER_REQUESTS;


const TRIES = 5;

/** Sends one loader request; a background still waking answers nothing, so it is sent again a few times. */
export async function loaderCall<K extends LoaderRequest>(type: K, payload: Req<K>, api = nativeApi()): Promise<Res<K>> {
  let lost: unknown = null;
  for (let i = 0; i < TRIES; i++) {
    try {
      const reply = (await api.runtime.sendMessage({ type, payload })) as Reply<Res<K>> | undefined;
      if (reply) {
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      }
    } catch (error) {
      if (error instanceof Error && !/Receiving end|message port|context invalidated|Could not establish/i.test(error.message)) throw error;
      lost = error;
    }
    await new Promise((r) => setTimeout(r, 100 * (i + 1)));
  }
  throw lost instanceof Error ? lost : new Error('the extension did not answer');
}
