// Files crossing the browser's edge, as a user sees them: a download saved from a page, a file
// picked in an <input type=file>, the clipboard, and a tab a link opened. Each browser's
// session implements them (chromium-session.ts, firefox.ts); tests call these.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserPage, BrowserSession, SavedFile } from './types';

export type { SavedFile };

/** Runs `action` (a click, a key) and returns the file it made `page` download. */
export function downloadOf(browser: BrowserSession, page: BrowserPage, action: () => Promise<unknown>, timeout = 10_000): Promise<SavedFile> {
  return browser.download(page, action, { timeout });
}

let uploads: string | undefined;

/** Puts a file named `name` holding `content` into the file input `selector` of `page`, as a user picking it would. */
export async function pickFile(browser: BrowserSession, page: BrowserPage, selector: string, name: string, content: string | Buffer): Promise<void> {
  uploads ??= mkdtempSync(join(tmpdir(), 'talk-notes-uploads-'));
  const path = join(mkdtempSync(join(uploads, 'f-')), name);
  writeFileSync(path, content);
  await browser.setInputFile(page, selector, path);
}

/** What the browser's clipboard holds now, read in a new tab at `readerUrl` (a web page). */
export async function clipboardText(browser: BrowserSession, readerUrl: string): Promise<string> {
  const reader = await browser.newPage(readerUrl);
  try {
    return await browser.readClipboard(reader);
  } finally {
    await reader.close();
  }
}

/** Runs `action` and returns the tab it opened (a link with target=_blank, tabs.create…), loaded. */
export function openedPage(browser: BrowserSession, action: () => Promise<unknown>, timeout = 10_000): Promise<BrowserPage> {
  return browser.openedPage(action, { timeout });
}
