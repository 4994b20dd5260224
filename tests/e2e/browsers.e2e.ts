// What the browsers do differently, proven the same way in each (E2E_BROWSER): the background
// (service worker / event page) stopping and waking, the toolbar button, the clipboard,
// downloads, and extension pages the background opens.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { leaksOf, snoop } from './harness/snoop';
import type { BrowserPage, Ui } from './harness/types';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { focusNoteBox, openSidebar } from './core-steps';

declare const chrome: {
  downloads: { search(query: object): Promise<{ filename: string; state: string; mime: string }[]> };
};

const env = useBrowser();
const [talk] = TALKS as [(typeof TALKS)[number]];

async function openTalk(id = talk.id): Promise<{ page: BrowserPage; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(id));
  await waitForPlayback(page);
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  return { page, ui };
}

/** Alt+Shift+N, type, Enter: the note is saved once its listitem shows and the box is empty. */
async function takeNote(ui: Ui, text: string): Promise<void> {
  await focusNoteBox(ui);
  await ui.type(text);
  await ui.press('Enter');
  await ui.waitFor('listitem', new RegExp(text));
  expect(await ui.value('textbox', 'Note')).toBe('');
}

/** A file's text, or nothing when it is gone. */
function textOf(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

describe(`the extension in ${process.env.E2E_BROWSER ?? 'chromium'}`, () => {
  it('takes a note with the keyboard, unseen by the page, and still has it after a reload', async () => {
    const { page, ui } = await openTalk();
    await takeNote(ui, 'first note in this browser');
    // Firefox composes every KeyboardEvent: the sidebar's key handling must still keep keys in.
    expect(leaksOf(await snoop(page), 'first note in this browser')).toEqual([]);
    await page.reload();
    const again = await env.browser.ui(page);
    await again.waitFor('listitem', /first note in this browser/);
    await page.close();
  });

  it('saves a note after the background was stopped, waking it', async () => {
    const { page, ui } = await openTalk();
    await env.browser.stopServiceWorker();
    expect(await env.browser.isServiceWorkerRunning()).toBe(false);
    await takeNote(ui, 'written while the background slept');
    // Listed at once, before its save is answered: the answer is what proves the background woke.
    await until('the save acknowledged', async () => !(await ui.css('li[data-saving]').exists()));
    expect(await env.browser.isServiceWorkerRunning()).toBe(true);
    await page.close();
  });

  it('shows and hides the sidebar from the toolbar button', async () => {
    const { page, ui } = await openTalk();
    const toggle = ui.get('button', 'Talk notes');
    const before = await toggle.attribute('aria-expanded');
    await env.browser.triggerAction(page);
    await until('the sidebar to toggle', async () => (await toggle.attribute('aria-expanded')) !== before);
    await env.browser.triggerAction(page);
    await until('the sidebar to toggle back', async () => (await toggle.attribute('aria-expanded')) === before);
    await page.close();
  });

  it('copies the talk as Markdown from the sidebar', async () => {
    const { page, ui } = await openTalk();
    await takeNote(ui, 'a note to copy');
    await ui.click('button', 'Copy Markdown');
    await until('the copy to be reported', async () => /Copied|Could not/.test(await ui.text('status')));
    expect(await ui.text('status')).toBe('Copied the notes as Markdown.');
    await page.close();
  });

  it('downloads the talk as a Markdown file through the background', async () => {
    const { page, ui } = await openTalk();
    await takeNote(ui, 'a note to download');
    await ui.click('button', 'Download Markdown');
    await until('the download to be reported', async () => /Saved|Could not/.test(await ui.text('status')));
    expect(await ui.text('status')).toMatch(/^Saved .+\.md\.$/);
    const background = await env.browser.serviceWorker();
    const done = await until('the file to be written', async () => {
      const items = await background.evaluate(() => chrome.downloads.search({ state: 'complete' }));
      // Playwright saves Chromium's downloads under random names, so the file is known by its type
      // and content. The profile's list also holds earlier files' downloads, whose files a reset
      // removed: those are passed over, not read.
      return items.find((d) => d.mime === 'text/markdown' && textOf(d.filename).includes('a note to download'));
    }, { timeout: 10_000, interval: 250 });
    expect(readFileSync(done.filename, 'utf8')).toContain(`# ${talk.title.split(' – ')[0]}`);
    await page.close();
  });

  it('opens the library page from the sidebar', async () => {
    const { page, ui } = await openTalk();
    await ui.click('button', 'Library');
    const library = await env.browser.waitForPage((url) => url.startsWith(env.browser.extensionUrl('library.html')));
    const libraryUi = await env.browser.ui(library);
    await libraryUi.waitFor('heading', /library/i);
    await library.close();
    await page.close();
  });
});
