import { afterEach, describe, expect, it } from 'vitest';
import { readHandoff, type Handoff } from '@/utils/content/handoff';
import { startLoader, type LoaderSite } from '@/utils/content/loader';
import type { TalkId } from '@/utils/model/ids';

const TALK = 'youtube:wCa-2016Amx' as TalkId;

/** The browser's API as the loader uses it: requests recorded, `loader.known` answered by `known`. */
function fakeApi(known: boolean) {
  const sent: string[] = [];
  const api = {
    runtime: {
      id: 'ext',
      onMessage: { addListener: () => {}, removeListener: () => {} },
      sendMessage: async (message: { type: string }) => {
        sent.push(message.type);
        return { ok: true, value: message.type === 'loader.known' ? known : null };
      },
    },
  };
  Object.defineProperty(globalThis, 'browser', { value: api, configurable: true, writable: true });
  return sent;
}

/** A window whose idle moments come only when the test says so. */
function idleWindow() {
  const queue: (() => void)[] = [];
  const win = {
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    requestIdleCallback: (work: () => void) => void queue.push(work),
    setTimeout: window.setTimeout.bind(window),
  } as unknown as Window;
  const idle = async () => {
    for (const work of queue.splice(0)) work();
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { win, idle, pending: () => queue.length };
}

function page(recording: TalkId | null, videoTime = 0) {
  const doc = document.implementation.createHTMLDocument();
  let navigate = () => {};
  const site: LoaderSite = {
    site: 'youtube',
    recording: () => recording,
    video: () => ({ currentTime: videoTime }) as HTMLVideoElement,
    onNavigate: (changed) => void (navigate = changed),
  };
  return { doc, site, navigate: () => navigate() };
}

const controls = (doc: Document) => doc.querySelectorAll('talk-notes-loader').length;

describe('the loader', () => {
  // Other files of this worker may use a `browser` of their own (isolate: false): it comes back after each test.
  const before = Object.getOwnPropertyDescriptor(globalThis, 'browser');
  const scopes: AbortController[] = [];
  const scope = () => {
    const c = new AbortController();
    scopes.push(c);
    return c.signal;
  };
  afterEach(() => {
    for (const c of scopes.splice(0)) c.abort();
    if (before) Object.defineProperty(globalThis, 'browser', before);
    else delete (globalThis as { browser?: unknown }).browser;
    delete (globalThis as Record<string, unknown>).__talkNotesHandoff;
  });

  it('shows its control and asks the background only at an idle moment, once for several navigation events in a row', async () => {
    const sent = fakeApi(false);
    const { win, idle, pending } = idleWindow();
    const { doc, site, navigate } = page(TALK);
    startLoader(site, scope(), doc, win);
    navigate();
    navigate();
    expect([controls(doc), sent, pending()]).toEqual([0, [], 1]);
    await idle();
    expect([controls(doc), sent]).toEqual([1, ['loader.known']]);
  });

  it('has the sidebar loaded by itself when the background answers yes (notes, or every video chosen)', async () => {
    const sent = fakeApi(true);
    const { win, idle } = idleWindow();
    const { doc, site } = page(TALK);
    startLoader(site, scope(), doc, win);
    await idle();
    expect(sent).toEqual(['loader.known', 'loader.sidebar']);
    expect(readHandoff<Handoff>()).toMatchObject({ open: false, pending: null });
  });

  it('takes a shortcut pressed before its idle moment, with the video’s time at the press', async () => {
    const sent = fakeApi(false);
    const { win } = idleWindow();
    const { doc, site } = page(TALK, 42.5);
    startLoader(site, scope(), doc, win);
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, bubbles: true, cancelable: true }));
    await Promise.resolve();
    expect(sent).toEqual(['loader.sidebar']);
    expect(readHandoff<Handoff>()).toMatchObject({ open: true, pending: { action: 'focusNote', videoTime: 42.5 } });
  });
});
