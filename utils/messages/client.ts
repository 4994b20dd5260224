/** A view's or a content script's side of the requests: send, send again, unwrap the reply. */
import { describeRequest, type Envelope, type Reply, type Req, type RequestType, type Res } from '@/utils/messages/api';
import { backgroundWorker, sendToWorker, STOPPED } from '@/utils/messages/channel';
import { sendMessage } from '@/utils/messages/native';

/** Sends one request and resolves its answer: `call` itself, or a fake in a test. */
export type Call = <K extends RequestType>(type: K, payload: Req<K>) => Promise<Res<K>>;

/** An error the background sent back: its message is meant for the user. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

/** How long a request keeps being sent again while the background does not answer. */
const RETRY_FOR_MS = 10_000;

/** How often a request is sent again to a worker that was stopped while it worked on it. */
const STOPS_TOLERATED = 2;

/**
 * Silence on a request's channel for this long means the worker was stopped mid-request (on an
 * update, or by the browser): nothing else tells the page, as Chromium's MessagePort has no
 * `close` event. Far above the worker's beat (BEAT_MS), so a worker busy for a few seconds is
 * not taken for gone.
 */
export const SILENCE_MS = 5000;
/**
 * More silence allowed per megabyte a request carries. A restore is one transaction, and asking
 * for its writes keeps the worker from beating: a 49 MB backup (190,000 notes) kept it silent
 * for 10 s on the bench machine, and this allows it 54 s.
 */
export const SILENCE_MS_PER_MB = 1000;

/** How long the worker may stay silent on `envelope` before it is taken for stopped: its request's description says how much it carries. */
export function silenceFor<K extends RequestType>(envelope: Envelope<K>): number {
  const { large } = describeRequest(envelope.type);
  const carried = typeof large === 'function' ? large(envelope.payload) : 0;
  return SILENCE_MS + Math.floor(carried / 1_000_000) * SILENCE_MS_PER_MB;
}

/** One try: the service worker's channel for a large request from an extension page in Chromium, runtime messaging otherwise. */
async function send<K extends RequestType>(
  envelope: Envelope<K>,
  worker: typeof backgroundWorker,
  alive: () => void,
): Promise<Reply<Res<K>> | typeof STOPPED | undefined> {
  const found = describeRequest(envelope.type).large ? worker() : null;
  const channel = found instanceof Promise ? await found : found;
  if (channel) return sendToWorker(channel, envelope, silenceFor(envelope), alive) as Promise<Reply<Res<K>> | typeof STOPPED>;
  return sendMessage(envelope) as Promise<Reply<Res<K>> | undefined>;
}

/**
 * Sends a request and unwraps the reply. Sends again while nobody answered: a stopped
 * service worker starts again on the next message, and one stopped mid-request closes the
 * channel without a reply (`sendMessage` then resolves `undefined`; on the worker's own channel
 * its beats stop). Every request is idempotent (a note carries its own random id, a restore
 * merges), so sending it twice stores it once.
 */
export async function call<K extends RequestType>(type: K, payload: Req<K>, clock = Date.now, worker = backgroundWorker): Promise<Res<K>> {
  // Counted from the background's last sign of life: a long restore beats on its channel.
  let heard = clock();
  let stops = 0;
  for (let attempt = 0; ; attempt++) {
    let reply: Reply<Res<K>> | typeof STOPPED | undefined;
    let lost: unknown = null;
    try {
      reply = await send({ type, payload }, worker, () => (heard = clock()));
    } catch (error) {
      lost = error;
    }
    if (reply === STOPPED) {
      if (++stops > STOPS_TOLERATED) throw new RemoteError('The extension was stopped while it worked on this, again and again. Try once more.');
      heard = clock();
      continue;
    }
    if (reply) {
      if (!reply.ok) throw new RemoteError(reply.error);
      return reply.value;
    }
    if (clock() - heard >= RETRY_FOR_MS) {
      throw lost instanceof Error ? lost : new RemoteError('The extension did not answer.');
    }
    await new Promise((r) => setTimeout(r, Math.min(50 * 2 ** attempt, 1000)));
  }
}
