import browser from 'webextension-polyfill';

export const LIBRARY_PAGE = '/library.html';

/**
 * Shows the library page at `hash` (see formats/library-target.ts): the open one when the browser lets
 * us see it (only a hash changes, so it does not reload), else a new tab.
 */
export async function openLibraryTab(hash = ''): Promise<void> {
  const base = browser.runtime.getURL(LIBRARY_PAGE);
  const url = `${base}${hash}`;
  const tabs = await browser.tabs.query({}).catch(() => []);
  const open = tabs.find((t) => t.url?.startsWith(base));
  if (open?.id === undefined) {
    await browser.tabs.create({ url });
    return;
  }
  await browser.tabs.update(open.id, { url, active: true });
  if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => {});
}
