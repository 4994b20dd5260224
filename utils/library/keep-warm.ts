/**
 * Browsers stop an idle extension background after about 30 seconds (Chrome's service worker,
 * Firefox's event page), and with it goes the index that makes search and export quick: the
 * first keystroke after a pause would wait for every note to be read again. A library page
 * the person is looking at asks the background to stay; a page in a background tab does not,
 * so an open but unused library costs nothing. Stops when `signal` aborts.
 */
export const KEEP_WARM_MS = 20_000;

export function keepWarm(ping: () => Promise<unknown>, signal: AbortSignal, doc: Document = document, every = KEEP_WARM_MS): void {
  const visible = () => doc.visibilityState === 'visible';
  // A failed ping only means the next one tries again.
  const send = () => void ping().catch(() => {});
  const timer = setInterval(() => visible() && send(), every);
  doc.addEventListener('visibilitychange', () => visible() && send(), { signal });
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  if (visible()) send();
}
