import { afterEach, describe, expect, it } from 'vitest';
import { readHandoff, type Handoff } from '@/utils/content/handoff';
import { startLoader, type LoaderSite } from '@/utils/content/loader';
import { LOADER_HOOK_KEY, type LoaderHook } from '@/utils/messages/loader-hook';

const TALK = 'youtube:wCa-2016Amx';

/** The browser's API as the loader may use it: every touch of `browser.runtime` recorded. */
function fakeApi() {
  const touched: string[] = [];
  const runtime = {
    id: 'ext',
    sendMessage: async (message: { type: string }) => {
      touched.push(message.type);
      return { ok: true, value: null };
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

function page(videoTime = 0) {
  const doc = document.implementation.createHTMLDocument();
  let details = () => {};
  let parts = false;
  const site: LoaderSite = {
    site: 'youtube',
    video: () => ({ currentTime: videoTime }) as HTMLVideoElement,
    hasParts: () => parts,
    onDetails: (changed) => void (details = changed),
  };
  return { doc, site, details: (withParts: boolean) => ((parts = withParts), details()) };
}

const hook = () => (globalThis as unknown as Record<string, LoaderHook>)[LOADER_HOOK_KEY]!;
const controls = (doc: Document) => doc.querySelectorAll('talk-notes-loader').length;
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
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

  it('touches neither the browser’s API nor the page at load: it only leaves its hook', async () => {
    const touched = fakeApi();
    const { doc, site } = page();
    startLoader(site, scope(), doc, window);
    await settle();
    expect([touched, controls(doc), typeof hook().arrive]).toEqual([[], 0, 'function']);
  });

  it('shows its control when the background tells it of a recording without notes, and takes it away on a page without one', async () => {
    const touched = fakeApi();
    const { doc, site } = page();
    startLoader(site, scope(), doc, window);
    expect(hook().arrive(TALK, false)).toBe(false);
    expect(hook().arrive(TALK, false)).toBe(false);
    expect(controls(doc)).toBe(1);
    expect(hook().arrive(null, false)).toBe(false);
    await settle();
    expect([controls(doc), touched]).toEqual([0, []]);
  });

  it('has the background run the sidebar on a recording it wants, the handoff left and no request sent', async () => {
    const touched = fakeApi();
    const { doc, site } = page();
    startLoader(site, scope(), doc, window);
    expect(hook().arrive(TALK, true)).toBe(true);
    await settle();
    expect([touched, controls(doc)]).toEqual([[], 0]);
    expect(readHandoff<Handoff>()).toMatchObject({ open: false, pending: null, site: 'youtube' });
    // Once asked for, the sidebar is not asked for again.
    expect(hook().arrive(TALK, true)).toBe(false);
  });

  it('loads the sidebar by itself on a stream of talks, once its description shows chapters', async () => {
    const touched = fakeApi();
    const { doc, site, details } = page();
    startLoader(site, scope(), doc, window);
    // Before the background told of a recording, chapters bring nothing.
    details(true);
    details(false);
    expect(hook().arrive(TALK, false)).toBe(false);
    details(false);
    await settle();
    expect([touched, controls(doc)]).toEqual([[], 1]);
    details(true);
    await settle();
    expect(touched).toEqual(['runtime', 'loader.sidebar']);
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
    expect([hook().command('focus-note'), hook().arrive(TALK, true)]).toEqual([false, false]);
  });
});
