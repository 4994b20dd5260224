// Large requests from the extension's pages take the service worker's channel in Chromium;
// the background answers them exactly as runtime messages, and refuses any other origin.
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { backgroundWorker, BEAT_MS, isServiceWorker, serveWorkerChannel, type WorkerMessage, type WorkerScope } from '@/utils/messages/channel';
import { SILENCE_MS, SILENCE_MS_PER_MB, silenceFor } from '@/utils/messages/client';
import { call } from '@/utils/messages/client';
import type { Reply } from '@/utils/messages/api';

afterEach(() => vi.restoreAllMocks());

const ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

/** A service worker scope whose `message` listeners a fake controller posts to, as Chromium does. */
function workerScope() {
  const listeners: ((event: WorkerMessage) => void)[] = [];
  const waited: Promise<unknown>[] = [];
  const scope: WorkerScope = { addEventListener: (_type, l) => void listeners.push(l), location: { origin: ORIGIN } };
  const post = (data: unknown, ports: MessagePort[], origin = ORIGIN) =>
    listeners.forEach((l) => l({ data, origin, source: { url: `${origin}/library.html` }, ports, waitUntil: (p) => void waited.push(p) }));
  const controller = { postMessage: (data: unknown, ports: MessagePort[]) => post(data, ports) } as unknown as ServiceWorker;
  return { scope, post, controller, waited };
}

/** The reply a port receives. */
const replyOn = (port: MessagePort) => new Promise<Reply<unknown>>((ok) => (port.onmessage = (e) => ok(e.data as Reply<unknown>)));

describe('a large request from an extension page', () => {
  it('goes to the service worker over a channel of its own and comes back with the reply', async () => {
    const w = workerScope();
    const answer = vi.fn(async (message: unknown) => ({ ok: true as const, value: { markdown: `# ${JSON.stringify(message)}`, filename: 'x.md' } }));
    serveWorkerChannel(answer, 'our-id', w.scope);
    const runtime = vi.spyOn(browser.runtime, 'sendMessage');
    const payload = { conferenceId: 'c' as never, day: null, frontMatter: false };
    const made = await call('export.conference', payload, Date.now, () => w.controller);
    expect(made).toEqual({ markdown: `# ${JSON.stringify({ type: 'export.conference', payload })}`, filename: 'x.md' });
    expect(answer).toHaveBeenCalledWith({ type: 'export.conference', payload }, { id: 'our-id', url: `${ORIGIN}/library.html` });
    expect(runtime).not.toHaveBeenCalled();
    // The worker is kept alive until the reply is posted.
    expect(w.waited).toHaveLength(1);
  });

  it.each(['export.talk', 'backup.export', 'backup.import'] as const)('%s takes the channel too', async (type) => {
    const w = workerScope();
    serveWorkerChannel(async () => ({ ok: true, value: 'via channel' }), 'our-id', w.scope);
    const runtime = vi.spyOn(browser.runtime, 'sendMessage');
    await expect(call(type, {} as never, Date.now, () => w.controller)).resolves.toBe('via channel');
    expect(runtime).not.toHaveBeenCalled();
  });

  it('is posted before the call returns, so the page’s render of the click does not go first', () => {
    const postMessage = vi.fn();
    void call('export.talk', { talkId: 'youtube:aaaaaaaaaaa' as never, frontMatter: false }, Date.now, () => ({ postMessage }) as unknown as ServiceWorker);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(postMessage.mock.calls[0]![0]).toEqual({ type: 'export.talk', payload: { talkId: 'youtube:aaaaaaaaaaa', frontMatter: false } });
  });

  it('reaches a worker that does not control the page through its registration', async () => {
    const w = workerScope();
    serveWorkerChannel(async () => ({ ok: true, value: 'via registration' }), 'our-id', w.scope);
    await expect(call('backup.export', {}, Date.now, async () => w.controller)).resolves.toBe('via registration');
  });

  it('takes runtime messaging where no service worker controls the page (Firefox, a content script)', async () => {
    const runtime = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: 'via runtime' });
    await expect(call('backup.export', {}, Date.now, () => null)).resolves.toBe('via runtime');
    expect(runtime).toHaveBeenCalledTimes(1);
  });
});

describe('a small request', () => {
  it('keeps to runtime messaging even where the channel is there', async () => {
    const w = workerScope();
    const answer = vi.fn();
    serveWorkerChannel(answer, 'our-id', w.scope);
    const runtime = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: 'listed' });
    await expect(call('library.keepWarm', {}, Date.now, () => w.controller)).resolves.toBe('listed');
    expect(answer).not.toHaveBeenCalled();
    expect(runtime).toHaveBeenCalledTimes(1);
  });
});

describe('the service worker side', () => {
  it('refuses a message from another origin without handling it', async () => {
    const w = workerScope();
    const answer = vi.fn();
    serveWorkerChannel(answer, 'our-id', w.scope);
    const { port1, port2 } = new MessageChannel();
    const reply = replyOn(port1);
    w.post({ type: 'backup.export', payload: {} }, [port2], 'https://evil.example');
    expect(await reply).toEqual({ ok: false, error: 'refused: unknown sender' });
    expect(answer).not.toHaveBeenCalled();
    port1.close();
  });

  it('ignores a message without a port to answer on', () => {
    const w = workerScope();
    const answer = vi.fn();
    serveWorkerChannel(answer, 'our-id', w.scope);
    w.post({ type: 'backup.export', payload: {} }, []);
    expect(answer).not.toHaveBeenCalled();
    expect(w.waited).toEqual([]);
  });

  it('is a service worker only where the scope has a registration and clients', () => {
    expect(isServiceWorker({ registration: {}, clients: {}, addEventListener() {}, location: { origin: ORIGIN } })).toBe(true);
    expect(isServiceWorker({ addEventListener() {}, location: { origin: ORIGIN } })).toBe(false);
    expect(isServiceWorker(globalThis)).toBe(false);
  });
});

describe('the way to the service worker', () => {
  const worker = { postMessage() {} } as unknown as ServiceWorker;
  const nav = (serviceWorker: unknown) => ({ serviceWorker }) as unknown as Navigator;

  it.each([
    ['a page it controls: its controller', nav({ controller: worker, getRegistration: async () => undefined }), worker],
    ['a page opened before it started: the registration’s active worker', nav({ controller: null, getRegistration: async () => ({ active: worker }) }), worker],
    ['no registration (Firefox’s background page)', nav({ controller: null, getRegistration: async () => undefined }), null],
    ['service workers refused (SecurityError)', nav({ controller: null, getRegistration: async () => Promise.reject(new Error('SecurityError')) }), null],
    ['no service workers at all (a content script’s page, happy-dom)', nav(undefined), null],
  ])('%s', async (_, navigator, expected) => {
    expect(await backgroundWorker(navigator)).toBe(expected);
  });
});


describe('a worker stopped mid-request', () => {
  // Node delivers MessagePort messages on its event loop, which fake timers do not run.
  const realTimeout = setTimeout;
  const delivered = () => new Promise((ok) => realTimeout(ok, 5));
  afterEach(() => vi.useRealTimers());

  /** A worker that takes each request's port and answers the `answerOn`th request (never, by default). */
  function silentWorker(answerOn = Infinity) {
    const ports: MessagePort[] = [];
    const worker = {
      postMessage: (_data: unknown, transfer: MessagePort[]) => {
        ports.push(transfer[0]!);
        if (ports.length === answerOn) transfer[0]!.postMessage({ ok: true, value: 'restored' });
      },
    } as unknown as ServiceWorker;
    return { worker, ports };
  }

  it('is sent again once the worker has been silent for SILENCE_MS, and takes the next answer', async () => {
    vi.useFakeTimers();
    const w = silentWorker(2);
    const made = call('backup.import', { text: '{}' }, Date.now, () => w.worker);
    await vi.advanceTimersByTimeAsync(SILENCE_MS - 1);
    expect(w.ports).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.ports).toHaveLength(2);
    await expect(made).resolves.toBe('restored');
  });

  it('allows a large restore a second more of silence per megabyte: asking for its writes keeps the worker from beating', async () => {
    vi.useFakeTimers();
    const w = silentWorker(2);
    const text = 'x'.repeat(3_000_000);
    expect(silenceFor({ type: 'backup.import', payload: { text } })).toBe(SILENCE_MS + 3 * SILENCE_MS_PER_MB);
    const made = call('backup.import', { text }, Date.now, () => w.worker);
    await vi.advanceTimersByTimeAsync(SILENCE_MS + 3 * SILENCE_MS_PER_MB - 1);
    expect(w.ports).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.ports).toHaveLength(2);
    await expect(made).resolves.toBe('restored');
  });

  it('allows an export, which carries no text, the plain silence', () => {
    expect(silenceFor({ type: 'export.conference', payload: { conferenceId: 'c' as never, day: null, frontMatter: false } })).toBe(SILENCE_MS);
  });

  it('gives up with a clear message when the worker is stopped on every try', async () => {
    vi.useFakeTimers();
    const w = silentWorker();
    const made = call('backup.import', { text: '{}' }, Date.now, () => w.worker);
    const failed = expect(made).rejects.toThrow('The extension was stopped while it worked on this, again and again. Try once more.');
    await vi.advanceTimersByTimeAsync(3 * SILENCE_MS);
    await failed;
    expect(w.ports).toHaveLength(3);
  });

  it('waits as long as the worker beats, past the time a silent background is given', async () => {
    vi.useFakeTimers();
    const w = workerScope();
    let finish: (value: Reply<unknown>) => void = () => {};
    serveWorkerChannel(() => new Promise((ok) => (finish = ok)), 'our-id', w.scope);
    let settled = false;
    const made = call('backup.import', { text: '{}' }, Date.now, () => w.controller).finally(() => (settled = true));
    for (let t = 0; t < 30_000; t += BEAT_MS) {
      await vi.advanceTimersByTimeAsync(BEAT_MS);
      await delivered();
    }
    expect(settled).toBe(false);
    finish({ ok: true, value: 'restored after 30 s' });
    await delivered();
    await expect(made).resolves.toBe('restored after 30 s');
  });

  it('stops beating once it has answered', async () => {
    vi.useFakeTimers();
    const w = workerScope();
    serveWorkerChannel(async () => ({ ok: true, value: 'done' }), 'our-id', w.scope);
    const { port1, port2 } = new MessageChannel();
    const heard: unknown[] = [];
    port1.onmessage = (e) => heard.push(e.data);
    w.post({ type: 'backup.export', payload: {} }, [port2]);
    await vi.advanceTimersByTimeAsync(0);
    await delivered();
    await vi.advanceTimersByTimeAsync(5 * BEAT_MS);
    await delivered();
    expect(heard).toEqual([{ ok: true, value: 'done' }]);
    port1.close();
  });
});
