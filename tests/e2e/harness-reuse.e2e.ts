// A browser handed from one test file to the next must be as good as a new one: what the
// previous file stored, in the extension or on the sites, is gone after reset().
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { watchUrl, TALKS } from './harness/youtube';

declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; get(keys: null): Promise<object> } };
};

const env = useBrowser();
const PROBE_DB = 'reuse-probe';

describe('a reused browser', () => {
  it('keeps nothing of the previous file: extension storage, databases, tabs and site data', async () => {
    const background = await env.browser.serviceWorker();
    await background.evaluate(async (name) => {
      await chrome.storage.local.set({ probe: 1 });
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('things').put('kept?', 'x');
      await new Promise((resolve, reject) => {
        open.onsuccess = resolve;
        open.onerror = reject;
      });
      open.result.close();
    }, PROBE_DB);
    const site = await env.browser.newPage(watchUrl(TALKS[0]!.id));
    await site.evaluate(() => localStorage.setItem('probe', 'kept?'));
    await env.browser.newPage();

    await env.browser.reset();

    // Firefox may still list a tab that was closed a moment ago; it answers no more.
    const open = await Promise.all((await env.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => 'closed')));
    expect(open.filter((href) => href !== 'about:blank' && href !== 'closed')).toEqual([]);
    const after = await env.browser.serviceWorker();
    const left = await after.evaluate(async () => ({
      stored: await chrome.storage.local.get(null),
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(left.stored).toEqual({});
    expect(left.databases).not.toContain(PROBE_DB);
    const again = await env.browser.newPage(watchUrl(TALKS[0]!.id));
    expect(await again.evaluate(() => localStorage.getItem('probe'))).toBeNull();
  });
});
