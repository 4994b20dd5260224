import browser from 'webextension-polyfill';

/**
 * Saves text as a file through the downloads API, so the page never holds the notes (an
 * `<a download>` made in a content script would live in the page's origin). Chromium's
 * service worker has no `URL.createObjectURL`; Firefox's background page has, and prefers it.
 */
export async function downloadText(filename: string, text: string, mime = 'text/markdown'): Promise<void> {
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob
    ? URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }))
    : `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
  try {
    await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
