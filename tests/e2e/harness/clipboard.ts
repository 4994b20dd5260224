// What the user gets out of the browser: the clipboard's text and the files the extension
// saved through the downloads API. Each browser's session implements them (chromium-files.ts,
// firefox-files.ts); tests call these.
import type { BrowserPage, BrowserSession, Downloads, SavedFile } from './types';

export type { Downloads, SavedFile };

/** The clipboard's text, read from `page`'s origin. */
export function readClipboard(browser: BrowserSession, page: BrowserPage): Promise<string> {
  return browser.readClipboard(page);
}

/** Empties the clipboard (so a later read proves a fresh copy). */
export function clearClipboard(browser: BrowserSession, page: BrowserPage): Promise<void> {
  return browser.writeClipboard(page, '');
}

/** Reports each download completed from now on (the extension's downloads API included), removing the file once read. */
export function watchDownloads(browser: BrowserSession): Promise<Downloads> {
  return browser.watchDownloads();
}
