// Chromium's side of files.ts over Playwright and CDP: its download events, DOM.setFileInputFiles,
// clipboard permissions and page events.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { callOn } from './cdp-dom';
import type { ChromiumSession } from './chromium';
import type { Downloads, SavedFile } from './types';
import { until, type WaitOptions } from './wait';

export async function chromiumDownload(page: Page, action: () => Promise<unknown>, { timeout = 10_000 }: WaitOptions = {}): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const bytes = readFileSync(await download.path());
  return { filename: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

export async function chromiumSetInputFile(page: Page, selector: string, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Only once enabled, as a person waits for a greyed-out button (the page busy with the last file).
    const nodeId = await until(`the file input ${selector} to be there and enabled`, async () => {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      if (!nodeId) return undefined;
      const { node } = await cdp.send('DOM.describeNode', { nodeId });
      return (await callOn<boolean>(cdp, node.backendNodeId, 'function () { return this.disabled; }')) ? undefined : nodeId;
    });
    await cdp.send('DOM.setFileInputFiles', { files: [path], nodeId });
  } finally {
    await cdp.detach();
  }
}

/** Chromium grants clipboard access to web origins only (not to extension pages), once granted the permissions. */
async function withClipboard<T>(context: BrowserContext, page: Page, fn: () => Promise<T>): Promise<T> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.bringToFront();
  return fn();
}

export const chromiumReadClipboard = (context: BrowserContext, page: Page) =>
  withClipboard(context, page, () => page.evaluate(() => navigator.clipboard.readText()));

export const chromiumWriteClipboard = (context: BrowserContext, page: Page, text: string) =>
  withClipboard(context, page, () => page.evaluate((t) => navigator.clipboard.writeText(t), text));

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
export async function chromiumWatchDownloads(browser: ChromiumSession): Promise<Downloads> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  await cdp.detach();
  browser.notReusable('its downloads were switched to the browser\'s own folder (Playwright\'s download events no longer find the files)');
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
      return { filename: basename(item.filename), text: bytes.toString('utf8'), bytes };
    },
  };
}

export async function chromiumOpenedPage(context: BrowserContext, action: () => Promise<unknown>, { timeout = 10_000 }: WaitOptions = {}): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page', { timeout }), action()]);
  await opened.waitForLoadState('domcontentloaded');
  return opened;
}
