/**
 * A second road from the extension's own pages to the background, for requests or replies of
 * megabytes (a conference's Markdown, a backup file). Chromium carries runtime messages as JSON
 * through the browser process: 2.9 MB took 118–204 ms on the bench machine. Its service worker
 * takes the same data over a MessageChannel, cloned, in 11–22 ms. Only the extension's own pages
 * are clients of its service worker (no web page and no content script can post to it), and
 * the background validates these messages exactly as the others (server.ts: `serve`).
 * Firefox runs the background as a page and already clones runtime messages: there, and in
 * content scripts, requests keep to runtime messaging.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Envelope, Reply } from '@/utils/messages/api';

/**
 * The background's service worker, seen from an extension page; null elsewhere (Firefox, a
 * content script). Given at once where the worker controls the page, so the request is posted
 * before anything else runs (the page's render of the click would otherwise go first). A page
 * opened before the worker first started is not controlled, but can still post to the
 * registration's active worker.
 */
export function backgroundWorker(nav: Navigator | undefined = globalThis.navigator): ServiceWorker | Promise<ServiceWorker | null> | null {
  const container = nav?.serviceWorker;
  if (!container) return null;
  return container.controller ?? registeredWorker(container);
}

async function registeredWorker(container: ServiceWorkerContainer): Promise<ServiceWorker | null> {
  try {
    return (await container.getRegistration())?.active ?? null;
  } catch {
    // Pages that may not use service workers (Firefox's extension pages, private windows) say so by refusing.
    return null;
  }
}

/** While the worker works on a request, it says so this often on the request's channel. */
export const BEAT_MS = 1000;
/** What sendToWorker resolves when the worker stopped before it answered. */
export const STOPPED = 'stopped';

interface Beat {
  beat: true;
}
const isBeat = (data: unknown): data is Beat => typeof data === 'object' && data !== null && (data as Partial<Beat>).beat === true;

/**
 * Posts `envelope` to the service worker with a port of its own, and resolves the reply sent
 * back on it, or STOPPED after `silenceMs` without a word from the worker (the caller knows how
 * long the request may keep it busy). `alive` hears each beat of a worker still at work.
 */
export function sendToWorker(
  worker: ServiceWorker,
  envelope: Envelope,
  silenceMs: number,
  alive: () => void = () => {},
): Promise<Reply<unknown> | typeof STOPPED> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    const gone = () => {
      port1.close();
      resolve(STOPPED);
    };
    let silence = setTimeout(gone, silenceMs);
    port1.onmessage = (event: MessageEvent) => {
      clearTimeout(silence);
      if (isBeat(event.data)) {
        alive();
        silence = setTimeout(gone, silenceMs);
        return;
      }
      port1.close();
      resolve(event.data as Reply<unknown>);
    };
    worker.postMessage(envelope, [port2]);
  });
}

/** What the service worker's `message` event carries (the DOM types do not describe it). */
export interface WorkerMessage {
  data: unknown;
  origin: string;
  source: { url: string } | null;
  ports: readonly MessagePort[];
  waitUntil(done: Promise<unknown>): void;
}

export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: WorkerMessage) => void): void;
  location: { origin: string };
}

/** Whether `scope` is a service worker (Chromium's background); Firefox's background page is not. */
export function isServiceWorker(scope: object = globalThis): scope is WorkerScope {
  return 'registration' in scope && 'clients' in scope;
}

/**
 * In the background's service worker: answers each page's message on the port it sent, as
 * the runtime listener would (`answer` validates and handles). The sender is described as
 * runtime messaging would describe an extension page; a message from any other origin is refused.
 * The reply is awaited with `waitUntil`, so the browser does not stop the worker mid-request;
 * meanwhile the worker beats on the port, so a page can tell when it was stopped all the same.
 */
export function serveWorkerChannel(
  answer: (message: unknown, sender: Runtime.MessageSender) => Promise<Reply<unknown>>,
  extensionId: string,
  scope: WorkerScope,
): void {
  scope.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (!port) return;
    const ours = event.origin === scope.location.origin && event.source !== null;
    const reply = ours
      ? answer(event.data, { id: extensionId, url: event.source?.url })
      : Promise.resolve<Reply<unknown>>({ ok: false, error: 'refused: unknown sender' });
    const beat = setInterval(() => port.postMessage({ beat: true } satisfies Beat), BEAT_MS);
    event.waitUntil(reply.then((r) => port.postMessage(r)).finally(() => clearInterval(beat)));
  });
}
