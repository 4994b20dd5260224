// Files crossing the browser's edge, as a user sees them: a download saved from a page, a file
// picked in an <input type=file>, the clipboard, and a tab a link opened. A Firefox driver
// offers the same four functions.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export interface SavedFile {
  /** The name the page asked the browser to save under. */
  filename: string;
  /** The bytes, as UTF-8 text. */
  text: string;
  bytes: Buffer;
}

/** Runs `action` (a click, a key) and returns the file it made `page` download. */
export async function downloadOf(page: Page, action: () => Promise<unknown>, timeout = 10_000): Promise<SavedFile> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), action()]);
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  const bytes = readFileSync(path);
  return { filename: download.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

const uploads = mkdtempSync(join(tmpdir(), 'talk-notes-uploads-'));

/**
 * Puts a file named `name` holding `content` into the file input `selector` of `page`, as a
 * user picking it would (CDP DOM.setFileInputFiles): the input's `change` event fires.
 */
export async function pickFile(page: Page, selector: string, name: string, content: string | Buffer): Promise<void> {
  const dir = mkdtempSync(join(uploads, 'f-'));
  const path = join(dir, name);
  writeFileSync(path, content);
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

/**
 * What the browser's clipboard holds now, read in a new tab at `readerUrl` (a web page:
 * Chromium grants clipboard reading to web origins only, not to extension pages).
 */
export async function clipboardText(context: BrowserContext, readerUrl: string): Promise<string> {
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

/** Runs `action` and returns the tab it opened (a link with target=_blank, tabs.create…), loaded. */
export async function openedPage(from: Page, action: () => Promise<unknown>, timeout = 10_000): Promise<Page> {
  const [opened] = await Promise.all([from.context().waitForEvent('page', { timeout }), action()]);
  await opened.waitForLoadState('domcontentloaded');
  return opened;
}
