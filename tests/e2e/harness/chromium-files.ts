// Chromium's side of files.ts over Playwright and CDP: its download events, DOM.setFileInputFiles,
// clipboard permissions and page events.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { SavedFile } from './types';
import type { WaitOptions } from './wait';

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
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no file input ${selector}`);
    await cdp.send('DOM.setFileInputFiles', { files: [path], nodeId });
  } finally {
    await cdp.detach();
  }
}

/** Chromium grants clipboard reading to web origins only, not to extension pages. */
export async function chromiumClipboardText(context: BrowserContext, readerUrl: string): Promise<string> {
  const reader = await context.newPage();
  try {
    await reader.goto(readerUrl);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(readerUrl).origin });
    await reader.bringToFront();
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

export async function chromiumOpenedPage(context: BrowserContext, action: () => Promise<unknown>, { timeout = 10_000 }: WaitOptions = {}): Promise<Page> {
  const [opened] = await Promise.all([context.waitForEvent('page', { timeout }), action()]);
  await opened.waitForLoadState('domcontentloaded');
  return opened;
}
