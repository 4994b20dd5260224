// A burst of 100 notes typed as fast as keys go, with the service worker stopped in the middle
// (Chrome's idle shutdown): all 100 stored, none twice, none left waiting in the sidebar.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page } from './harness/types';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { openSidebar } from './core-steps';

const env = useBrowser();
const talk = TALKS[1]!;
const COUNT = 100;
/** The worker is stopped after these notes (each stop waits for the one before). */
const STOP_AFTER = [20, 45, 70];

/** Every note of `talkId` as stored, read in the extension's own origin (a page of ours). */
function storedNotes(page: Page, talkId: string): Promise<{ id: string; text: string; deletedAt?: number }[]> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('talk-notes');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    try {
      return await new Promise<{ id: string; text: string }[]>((ok, fail) => {
        const r = db.transaction('notes').objectStore('notes').index('byTalk').getAll(id);
        r.onsuccess = () => ok(r.result as { id: string; text: string }[]);
        r.onerror = () => fail(r.error);
      });
    } finally {
      db.close();
    }
  }, talkId);
}

describe('a burst of saves', () => {
  it(`stores all ${COUNT} notes exactly once though the service worker stops mid-burst`, async () => {
    const page = await env.browser.newPage(watchUrl(talk.id));
    await waitForPlayback(page);
    const ui = await env.browser.ui(page);
    await openSidebar(ui);
    await ui.focus('textbox', 'Note');
    const worker = await env.browser.serviceWorker();
    await worker.evaluate(() => ((globalThis as unknown as { __beforeBurst: string }).__beforeBurst = 'in memory'));

    const texts = Array.from({ length: COUNT }, (_, i) => `burst ${String(i + 1).padStart(3, '0')}`);
    const started = Date.now();
    let stopping = Promise.resolve();
    for (const [i, text] of texts.entries()) {
      await ui.type(text);
      await ui.press('Enter');
      if (STOP_AFTER.includes(i + 1)) stopping = stopping.then(() => env.browser.interruptServiceWorker());
    }
    await stopping;
    const typed = Date.now() - started;

    // The sidebar shows every note, none still waiting for the background, and no error.
    await until(`${COUNT} saved notes in the sidebar`, async () => {
      const items = await ui.all('listitem');
      return items.length === COUNT && (await ui.css('li[data-saving]').exists()) === false;
    }, { timeout: 20_000, interval: 200 });
    expect(await ui.value('textbox', 'Note')).toBe('');
    expect(await ui.text('status')).toBe('');

    // The worker really lost its memory mid-burst: it was stopped and started again.
    const after = await env.browser.serviceWorker();
    expect(await after.evaluate(() => (globalThis as unknown as { __beforeBurst?: string }).__beforeBurst ?? 'gone')).toBe('gone');

    const own = await env.browser.newPage(env.browser.extensionUrl('library.html'));
    const stored = await storedNotes(own, `youtube:${talk.id}`);
    const live = stored.filter((n) => n.deletedAt === undefined);
    expect(live).toHaveLength(COUNT);
    expect(new Set(live.map((n) => n.text)).size).toBe(COUNT);
    expect(live.map((n) => n.text).sort()).toEqual(texts);
    console.info(`burst: ${COUNT} notes typed and sent in ${typed} ms, service worker stopped after notes ${STOP_AFTER.join(', ')}`);
    await own.close();
    await page.close();
  });
});
