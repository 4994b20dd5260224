import { afterEach, describe, expect, it } from 'vitest';
import { readHandoff, type Handoff } from '@/utils/content/handoff';
import { startLoader, type LoaderSite } from '@/utils/content/loader';
import { LOADER_HOOK_KEY, type LoaderHook } from '@/utils/messages/loader-hook';

const TALK = 'youtube:wCa-2016Amx';

/** The browser's API as the loader may use it: every touch of `browser.runtime` recorded, `loader.here` answered by `answer`. */
function fakeApi(answer: (address: string) => { recording: string | null; wanted: boolean } = () => ({ recording: TALK, wanted: false })) {
  const touched: string[] = [];
  const runtime = {
    id: 'ext',
    sendMessage: async (message: { type: string; payload: { address?: string } }) => {
      touched.push(message.payload.address === undefined ? message.type : `${message.type} ${message.payload.address}`);
      return { ok: true, value: message.type === 'loader.here' ? answer(message.payload.address!) : null };
    },
  };
  const api = {
    get runtime() {
      touched.push('runtime');
      return runtime;
    },
  };
  Object.defineProperty(globalThis, 'browser', { value: api, configurable: true, writable: true });
  return touched;
}

const WATCH = 'https://www.youtube.com/watch?v=wCa-2016Amx';

/** A page at `WATCH` whose address, moves and details the test drives. */
function page(videoTime = 0) {
  const doc = document.implementation.createHTMLDocument();
  const location = { href: WATCH };
  Object.defineProperty(doc, 'location', { value: location });
  let details = () => {};
  let moved = () => {};
  let parts = false;
  const site: LoaderSite = {
    site: 'youtube',
    video: () => ({ currentTime: videoTime }) as HTMLVideoElement,
    hasParts: () => parts,
    onMove: (m) => void (moved = m),
    onDetails: (changed) => void (details = changed),
  };
  return {
    doc,
    site,
    details: (withParts: boolean) => ((parts = withParts), details()),
    move: (href: string) => ((location.href = href), moved()),
  };
}

const hook = () => (globalThis as unknown as Record<string, LoaderHook>)[LOADER_HOOK_KEY]!;
const controls = (doc: Document) => doc.querySelectorAll('talk-notes-loader').length;
/** Past the loader's idle wait (happy-dom has no requestIdleCallback: a timeout of 0) and its requests' answers. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 5));
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const press = (code: string) => window.dispatchEvent(new KeyboardEvent('keydown', { code, altKey: true, shiftKey: true, bubbles: true, cancelable: true }));

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

  it('touches neither the browser’s API nor the page at load, and tells its address once the page is idle', async () => {
    const touched = fakeApi();
    const { doc, site } = page();
    startLoader(site, scope(), doc, window);
    expect([touched, controls(doc), typeof hook().command]).toEqual([[], 0, 'function']);
    await settle();
    expect([touched, controls(doc)]).toEqual([['runtime', `loader.here ${WATCH}`], 1]);
  });

  it('tells each move inside the page once, several in a row as one, and takes its control away on a page without a recording', async () => {
    const touched = fakeApi((address) => ({ recording: address.includes('watch') ? TALK : null, wanted: false }));
    const { doc, site, move } = page();
    startLoader(site, scope(), doc, window);
    await settle();
    move('https://www.youtube.com/feed/subscriptions');
    move('https://www.youtube.com/');
    await settle();
    expect(controls(doc)).toBe(0);
    move('https://www.youtube.com/');
    await settle();
    move(WATCH);
    await settle();
    expect(touched.filter((t) => t !== 'runtime')).toEqual([`loader.here ${WATCH}`, 'loader.here https://www.youtube.com/', `loader.here ${WATCH}`]);
    expect(controls(doc)).toBe(1);
  });

  it('leaves its handoff and asks for the sidebar on a recording the background wants it on, once', async () => {
    const touched = fakeApi(() => ({ recording: TALK, wanted: true }));
    const { doc, site, move } = page();
    startLoader(site, scope(), doc, window);
    await settle();
    expect(touched.filter((t) => t !== 'runtime')).toEqual([`loader.here ${WATCH}`, 'loader.sidebar']);
    expect(controls(doc)).toBe(0);
    expect(readHandoff<Handoff>()).toMatchObject({ open: false, pending: null, site: 'youtube' });
    // Once asked for, the sidebar is not asked for again, nor the background told of moves.
    move('https://www.youtube.com/watch?v=aaaaaaaaaaa');
    await settle();
    expect(touched.filter((t) => t !== 'runtime')).toEqual([`loader.here ${WATCH}`, 'loader.sidebar']);
  });

  it('drops an answer about an address the page already moved away from', async () => {
    const { doc, site, move } = page();
    // The page moves while the background answers; the move tells its own address next.
    const touched = fakeApi((address) => (address === WATCH && move('https://www.youtube.com/'), { recording: TALK, wanted: address === WATCH }));
    startLoader(site, scope(), doc, window);
    await settle();
    await settle();
    expect(touched.filter((t) => t !== 'runtime')).toEqual([`loader.here ${WATCH}`, 'loader.here https://www.youtube.com/']);
    expect([readHandoff<Handoff>(), controls(doc)]).toEqual([undefined, 1]);
  });

  it('loads the sidebar by itself on a stream of talks, once its description shows chapters', async () => {
    const touched = fakeApi();
    const { doc, site, details } = page();
    startLoader(site, scope(), doc, window);
    // Before the background told of a recording, chapters bring nothing.
    details(true);
    details(false);
    await settle();
    details(false);
    await settle();
    expect([touched, controls(doc)]).toEqual([['runtime', `loader.here ${WATCH}`], 1]);
    details(true);
    await settle();
    expect(touched).toEqual(['runtime', `loader.here ${WATCH}`, 'runtime', 'loader.sidebar']);
    expect(controls(doc)).toBe(0);
  });

  it('takes a shortcut pressed before the background told it anything, with the video’s time at the press', async () => {
    const touched = fakeApi();
    const { doc, site } = page(42.5);
    startLoader(site, scope(), doc, window);
    press('KeyN');
    await settle();
    expect(touched).toEqual(['runtime', 'loader.sidebar']);
    expect(readHandoff<Handoff>()).toMatchObject({ open: true, pending: { action: 'focusNote', videoTime: 42.5 } });
  });

  it('takes the browser’s commands until the sidebar took over', async () => {
    const touched = fakeApi();
    const { doc, site } = page(7);
    startLoader(site, scope(), doc, window);
    expect(hook().command('capture-slide')).toBe(true);
    await settle();
    expect(touched).toEqual(['runtime', 'loader.sidebar']);
    expect(readHandoff<Handoff>()).toMatchObject({ open: false, pending: { action: 'captureSlide', videoTime: 7 } });
    readHandoff<Handoff>()!.taken = true;
    expect(hook().command('focus-note')).toBe(false);
  });
});
