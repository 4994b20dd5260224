// Proves the e2e harness itself: browser + extension, fixture server and YouTube fixture,
// the closed-shadow-root driver, service-worker control and restart. Needs no sidebar.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { leaksOf, snoop } from './harness/snoop';
import type { BrowserPage as Page } from './harness/types';
import { until } from './harness/wait';
import { clickRelated, playerState, TALKS, waitForPlayback, watchUrl } from './harness/youtube';

// The bits of the extension API the worker-side callbacks below use (they run in the browser).
declare const chrome: {
  runtime: { id: string; getURL(path: string): string };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<object> } };
};

const env = useBrowser();
const [first, second] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];

/** Keeps a reference to the page's current <video> so a later check can tell if it was replaced. */
const markVideo = (page: Page) => page.evaluate(() => {
  (window as unknown as { __marked: Element | null }).__marked = document.querySelector('video');
});
const sameVideo = (page: Page) => page.evaluate(() => (window as unknown as { __marked: Element | null }).__marked === document.querySelector('video'));

describe('the e2e harness', () => {
  it('loads the built extension: its background runs at the extension origin', async () => {
    const background = await env.browser.serviceWorker();
    expect(background.url().startsWith(env.browser.extensionUrl('/'))).toBe(true);
    expect(await background.evaluate(() => chrome.runtime.getURL('/'))).toBe(env.browser.extensionUrl('/'));
  });

  it('loads the Chromium build under the id derived from its folder', async (ctx) => {
    // Chromium-specific: a service worker, and an id derived from the folder's path.
    if (!env.browser.capabilities.serviceWorker) ctx.skip();
    const worker = await env.browser.serviceWorker();
    expect(env.browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(worker.url()).toBe(`chrome-extension://${env.browser.extensionId}/background.js`);
    expect(await worker.evaluate(() => chrome.runtime.id)).toBe(env.browser.extensionId);
  });

  it('serves the YouTube fixture as https://www.youtube.com and plays its video', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    expect(page.url()).toBe(`https://www.youtube.com/watch?v=${first.id}`);
    const state = await waitForPlayback(page);
    expect(new URL(state.src).pathname + new URL(state.src).search).toBe(`/__fixtures/media/talk.webm?v=${first.id}`);
    expect(state.videoId).toBe(first.id);
    await until('the title to render', async () => (await playerState(page)).heading === first.title);
    expect((await playerState(page)).documentTitle).toBe(`(3) ${first.title} - YouTube`);
    await page.close();
  });

  it('seeks, because the server answers range requests', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    await waitForPlayback(page);
    await page.evaluate(() => {
      document.querySelector('video')!.currentTime = 60;
    });
    const state = await waitForPlayback(page, 60.2);
    expect(state.currentTime).toBeLessThan(90);
    expect(env.server.requests.some((r) => r.path.startsWith('/__fixtures/media/talk.webm') && r.status === 206)).toBe(true);
    await page.close();
  });

  it('navigates in the page as YouTube does: same <video>, new src, title late, head tags stale', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    await waitForPlayback(page);
    await until('the first title', async () => (await playerState(page)).heading === first.title);
    await markVideo(page);
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { __seen: string[][] }).__seen = seen;
      for (const type of ['yt-navigate-start', 'yt-navigate-finish', 'yt-page-data-updated']) {
        document.addEventListener(type, () => seen.push([
          type,
          new URL(location.href).searchParams.get('v') ?? '',
          document.querySelector('ytd-watch-flexy')!.getAttribute('video-id') ?? '',
          document.querySelector('#title h1')!.textContent ?? '',
        ]));
      }
    });

    await clickRelated(page, second.id);
    await until('the new title', async () => (await playerState(page)).heading === second.title);

    const seen = await page.evaluate(() => (window as unknown as { __seen: string[][] }).__seen);
    expect(seen).toEqual([
      ['yt-navigate-start', first.id, first.id, first.title],
      ['yt-navigate-finish', second.id, second.id, first.title],
      ['yt-page-data-updated', second.id, second.id, second.title],
    ]);
    expect(await sameVideo(page)).toBe(true);
    expect((await waitForPlayback(page)).src).toContain(`talk.webm?v=${second.id}`);
    expect(await page.evaluate(() => [
      document.querySelector('meta[property="og:title"]')!.getAttribute('content'),
      (window as unknown as { ytInitialPlayerResponse: { videoDetails: { videoId: string } } }).ytInitialPlayerResponse.videoDetails.videoId,
    ])).toEqual([first.title, first.id]);

    await page.goBack();
    await until('the first video again', async () => (await playerState(page)).heading === first.title);
    expect((await playerState(page)).videoId).toBe(first.id);
    expect(await sameVideo(page)).toBe(true);
    await page.close();
  });

  it('plays an ad first in the same <video> with ad-showing, then the talk', async () => {
    const page = await env.browser.newPage(watchUrl(first.id, { ad: '1' }));
    const ad = await until('the ad', async () => {
      const state = await playerState(page);
      return state.adShowing && state.src.includes('/ad.webm') ? state : undefined;
    });
    expect(ad.videoId).toBe(first.id);
    await markVideo(page);
    const talk = await until('the talk after the ad', async () => {
      const state = await playerState(page);
      return !state.adShowing && state.src.includes(`talk.webm?v=${first.id}`) && state.currentTime > 0.2 ? state : undefined;
    }, { timeout: 15_000 });
    expect(talk.paused).toBe(false);
    expect(await sameVideo(page)).toBe(true);
    await page.close();
  });

  it('lets page hotkeys and the snoop see keys typed into the page', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    await waitForPlayback(page);
    await page.evaluate(() => localStorage.setItem('yt-remote', 'stored by the page'));
    const ui = await env.browser.ui(page);
    await ui.press('k');
    expect(await page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys)).toEqual(['k']);
    expect((await playerState(page)).paused).toBe(true);
    const report = await snoop(page);
    // No keypress: the page's hotkey handler cancelled the keydown.
    expect(report.keys).toEqual(['keydown:k', 'keyup:k']);
    expect(leaksOf(report, 'stored by the page')).toEqual(['localStorage']);
    expect(leaksOf(report, 'When Containers Attack')).toEqual(['html', 'serializedHtml']);
    await page.close();
  });

  it('drives elements inside a closed shadow root by role and accessible name', async () => {
    const page = await env.browser.newPage(`${env.server.origin()}/harness/closed-shadow.html`);
    expect(await page.evaluate(() => document.querySelectorAll('textarea').length)).toBe(0);
    const ui = await env.browser.ui(page);

    await ui.click('button', 'Export Markdown');
    expect(await ui.text('status')).toBe('exported 1 times');
    expect(await ui.exists('button', 'Hidden button')).toBe(false);

    await ui.fill('textbox', 'Note', 'Diversity is key');
    expect(await ui.value('textbox', 'Note')).toBe('Diversity is key');
    expect(await ui.get('textbox', 'Note').focused()).toBe(true);
    await ui.press('Enter');
    await ui.waitFor('listitem', /Diversity/);
    expect(await ui.all('listitem')).toEqual(['First note', 'Diversity is key']);
    expect(await ui.css('textarea').value()).toBe('');
    expect(await ui.getAttribute('list', 'Notes', 'aria-label')).toBe('Notes');
    await expect(ui.get('button', 'Nope').waitFor({ timeout: 300 })).rejects.toThrow(/buttons present: "Export Markdown"/);
    await ui.dispose();
    await page.close();
  });

  it('clicks the toolbar button for a tab', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    await expect(env.browser.triggerAction(page)).resolves.toBeUndefined();
    await page.close();
  });

  it('stops the background like an idle shutdown, and starts it again', async () => {
    // Only where evaluate reaches the background's own globals can a test see its memory go.
    const { backgroundGlobals } = env.browser.capabilities;
    const worker = await env.browser.serviceWorker();
    if (backgroundGlobals) {
      await worker.evaluate(() => {
        (globalThis as unknown as { __inMemory: string }).__inMemory = 'lost on stop';
      });
    }
    await env.browser.stopServiceWorker();
    expect(await env.browser.isServiceWorkerRunning()).toBe(false);
    const again = await env.browser.startServiceWorker();
    expect(await env.browser.isServiceWorkerRunning()).toBe(true);
    if (backgroundGlobals) expect(await again.evaluate(() => (globalThis as unknown as { __inMemory?: string }).__inMemory ?? 'gone')).toBe('gone');
  });

  it('restarts the browser on the same profile, keeping extension storage', async () => {
    const before = await env.browser.serviceWorker();
    await before.evaluate(() => chrome.storage.local.set({ smoke: 'kept' }));
    await env.browser.restart();
    const after = await env.browser.serviceWorker();
    expect(after.url()).toBe(before.url());
    expect(after.url().startsWith(env.browser.extensionUrl('/'))).toBe(true);
    expect(await after.evaluate(() => chrome.storage.local.get('smoke'))).toEqual({ smoke: 'kept' });
  });
});
