// Steps the core e2e files share, written as a person uses the sidebar: keys and clicks in,
// what the screen shows out. Only page.evaluate/goto/url/reload/close/bringToFront and the
// ui driver are used, so a Firefox driver offering the same subset runs these files too.
import type { BrowserPage as Page } from './harness/types';
import type { E2eEnv } from './harness/session';
import type { Ui } from './harness/types';
import { until } from './harness/wait';
import { waitForPlayback, watchUrl } from './harness/youtube';

export interface Open {
  page: Page;
  ui: Ui;
}

/** The loader's control, named apart from the sidebar's own "Talk notes" toggle. */
export const CONTROL = 'Open Talk notes';

/** Waits for the sidebar, opening it as a person would (one click on the control) where it did not come by itself. */
export async function openSidebar(ui: Ui, timeout = 10_000): Promise<void> {
  const shown = await until('the sidebar or its control', async () => {
    if (await ui.exists('region', 'Talk notes')) return 'sidebar';
    if (await ui.exists('button', CONTROL)) return 'control';
    return undefined;
  }, { timeout });
  // The control goes once the sidebar is there, maybe between the look and the click.
  if (shown === 'control') await ui.click('button', CONTROL).catch(() => {});
  await ui.waitFor('region', 'Talk notes', { timeout });
}

/** Opens a watch page, opens the sidebar (a click on the control where it did not come by itself) and waits until the video plays. */
export async function openWatch(env: E2eEnv, id: string, params: Record<string, string> = {}, { play = true } = {}): Promise<Open> {
  const page = await env.browser.newPage(watchUrl(id, params));
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  if (play) await waitForPlayback(page);
  return { page, ui };
}

export async function closeAll({ page, ui }: Open): Promise<void> {
  await ui.dispose().catch(() => {});
  await page.close();
}

/** The main video's currentTime (what the player shows), in seconds. */
export const videoTime = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.currentTime);

/** Seconds of an `m:ss` / `h:mm:ss` label. */
export function seconds(label: string): number {
  return label.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** The notes the list shows, each as `m:ss text` (without the row's buttons). */
export async function shownNotes(ui: Ui): Promise<string[]> {
  if (!(await ui.exists('list', 'Notes'))) return [];
  // A note's row ends with its buttons; the points nested in a note are list items too.
  return (await ui.all('listitem')).filter((row) => row.endsWith(' Edit Delete')).map((row) => row.replace(/ Edit Delete$/, ''));
}

/** Waits until the list shows exactly `expected` (each `m:ss text` or a pattern of it). */
export function waitForNotes(ui: Ui, expected: (string | RegExp)[], timeout = 5000): Promise<string[]> {
  return until(`the notes ${expected.map(String).join(' | ')}`, async () => {
    const rows = await shownNotes(ui);
    const same = rows.length === expected.length && rows.every((r, i) => {
      const e = expected[i]!;
      return typeof e === 'string' ? r === e : e.test(r);
    });
    return same ? rows : undefined;
  }, { timeout, interval: 100 }).catch(async (error: Error) => {
    throw new Error(`${error.message}; shown: ${JSON.stringify(await shownNotes(ui))}`);
  });
}

/** Alt+Shift+N from wherever the focus is; waits until the note box has the focus. */
export async function focusNoteBox(ui: Ui): Promise<void> {
  await ui.press('Alt+Shift+N');
  await until('the note box focused', () => ui.get('textbox', 'Note').focused());
}

/** Alt+Shift+N from wherever the focus is, types `text` and saves with Enter. */
export async function takeNote(ui: Ui, text: string): Promise<void> {
  await focusNoteBox(ui);
  await ui.type(text);
  await ui.press('Enter');
}

/** Seeks the video (as the player's own controls would) and waits until it plays on from there. */
export async function seekVideo(page: Page, at: number): Promise<void> {
  await page.evaluate((t) => {
    document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.currentTime = t;
  }, at);
  await waitForPlayback(page, at);
}

/** Stops the video at `s` seconds (plus a little), so the next note's moment shows exactly as `s`. */
export function pauseAt(page: Page, s: number): Promise<unknown> {
  return page.evaluate((t) => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    video.pause();
    video.currentTime = t;
    return new Promise((ok) => video.addEventListener('seeked', ok, { once: true }));
  }, s + 0.3);
}
