// Steps the library e2e files share: notes taken through the sidebar, the library page opened.
import type { BrowserPage as Page } from './harness/types';
import { downloadOf, type SavedFile } from './harness/files';
import type { E2eEnv } from './harness/session';
import type { Ui } from './harness/types';
import { until } from './harness/wait';
import { openSidebar } from './core-steps';
import { waitForPlayback, watchUrl } from './harness/youtube';

export interface FixtureNote {
  /** Moment in whole seconds: the video is paused there before the first key. */
  at: number;
  text: string;
  /** Alt+1…5: note, quote, question, my thought, tip. */
  kindKey?: 1 | 2 | 3 | 4 | 5;
}

/** Opens the talk's watch page and its sidebar (a click on the loader's control), and writes `notes` there as a person would. */
export async function takeNotes(env: E2eEnv, videoId: string, notes: readonly FixtureNote[]): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(videoId));
  await waitForPlayback(page);
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  for (const note of notes) {
    await page.evaluate((at) => {
      const video = document.querySelector('video')!;
      video.pause();
      video.currentTime = at;
    }, note.at);
    await until('the seek', () => page.evaluate((at) => document.querySelector('video')!.currentTime === at, note.at));
    await ui.focus('textbox', 'Note');
    if (note.kindKey) await ui.press(`Alt+${note.kindKey}`);
    // Lines as a person adds them: Shift+Enter, since Enter saves.
    for (const [i, line] of note.text.split('\n').entries()) {
      if (i > 0) await ui.press('Shift+Enter');
      await ui.type(line);
    }
    await ui.press('Enter');
    await ui.waitFor('listitem', new RegExp(`^${label(note.at)} `));
  }
  return { page, ui };
}

export const label = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** The library tab the extension opened (sidebar's "Library", toolbar button), once it shows what it read. */
export async function libraryPage(env: E2eEnv, page: Page): Promise<{ page: Page; ui: Ui }> {
  const ui = await env.browser.ui(page);
  await ui.waitFor('heading', 'Talk Notes library');
  // What a person waits for: "Reading your notes…" gone (the list is marked busy until then).
  await ui.css('main[aria-busy="false"]').waitFor();
  return { page, ui };
}

/** Types a yyyy-mm-dd date into a date field, segment by segment in the order the en-US field shows them. */
export async function typeDate(ui: Ui, name: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await ui.focus('Date', name);
  await ui.type(`${m}${d}${y}`);
}

/** Opens the export panel with `button`, downloads the Markdown once it is made, and closes the panel. */
export async function exportMarkdown(env: E2eEnv, page: Page, ui: Ui, button: string): Promise<SavedFile> {
  await ui.click('button', button);
  await markdownMade(ui);
  const file = await downloadOf(env.browser, page, () => ui.click('button', 'Download Markdown'));
  await ui.click('button', 'Close');
  return file;
}

/** Waits until the open export panel holds its Markdown (its buttons are enabled then). */
export function markdownMade(ui: Ui): Promise<boolean> {
  return until('the Markdown', async () => (await ui.get('button', 'Download Markdown').attribute('disabled')) === null);
}
