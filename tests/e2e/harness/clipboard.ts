// What the user gets out of the browser: the clipboard's text and the files the extension
// saved through the downloads API. Chromium's side; a Firefox driver offers the same two calls.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { until } from './wait';

/** The clipboard's text, read from `page`'s origin (granted the clipboard permissions for it). */
export async function readClipboard(browser: ChromiumSession, page: Page): Promise<string> {
  const origin = new URL(page.url()).origin;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Empties the clipboard (so a later read proves a fresh copy). */
export async function clearClipboard(browser: ChromiumSession, page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.bringToFront();
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

export interface SavedFile {
  /** The name the browser saved it under (what the extension asked for, after the browser's own rules). */
  name: string;
  bytes: Buffer;
}

export interface Downloads {
  /** Waits for the next download to complete, returns it, and removes the file. */
  next(timeout?: number): Promise<SavedFile>;
}

interface DownloadItem {
  id: number;
  filename: string;
  state: string;
}
// The extension API as the worker-side callbacks below use it (they run in the browser).
declare const chrome: {
  downloads: {
    search(query: object): Promise<DownloadItem[]>;
    removeFile(id: number): Promise<void>;
    erase(query: object): Promise<number[]>;
  };
};

/**
 * Lets the browser save downloads as it would for a person (Playwright otherwise names every
 * file by a random id, which hides the name the extension chose), and reports each completed
 * one from the extension's own downloads list. Files are removed once read.
 */
export async function watchDownloads(browser: ChromiumSession): Promise<Downloads> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
  const worker = await browser.serviceWorker();
  const seen = new Set((await worker.evaluate(() => chrome.downloads.search({}))).map((d) => d.id));
  return {
    async next(timeout = 10_000) {
      const item = await until('a download to complete', async () => {
        const w = await browser.serviceWorker();
        const all = await w.evaluate(() => chrome.downloads.search({}));
        return all.find((d) => !seen.has(d.id) && d.state === 'complete');
      }, { timeout, interval: 100 });
      seen.add(item.id);
      const bytes = readFileSync(item.filename);
      const w = await browser.serviceWorker();
      await w.evaluate(async (id) => {
        await chrome.downloads.removeFile(id);
        await chrome.downloads.erase({ id });
      }, item.id);
      return { name: basename(item.filename), bytes };
    },
  };
}
