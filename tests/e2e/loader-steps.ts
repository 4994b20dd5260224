// Steps for a page where the sidebar comes on demand: a new user's video shows the small
// "Open Talk notes" control, and the sidebar comes with a click on it (or by itself on a
// video with notes).
import type { BrowserPage as Page, Ui } from './harness/types';
import type { E2eEnv } from './harness/session';
import { until } from './harness/wait';
import { waitForPlayback, watchUrl } from './harness/youtube';
import type { Open } from './core-steps';
import { label, type FixtureNote } from './library-steps';

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

/**
 * Whether the sidebar's code ran in `page`'s content-script world: its start marks the loader's
 * handoff there, out of the page's reach; asked through the background with a one-line script.
 */
export async function sidebarCodeLoaded(env: E2eEnv, page: Page): Promise<boolean> {
  const url = page.url();
  const bg = await env.browser.serviceWorker();
  return bg.evaluate(async (address) => {
    type Api = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    // Without the tabs permission a tab's address is not told: each tab's frame says its own.
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const results = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => ({
          href: location.href,
          taken: (globalThis as unknown as { __talkNotesHandoff?: { taken?: boolean } }).__talkNotesHandoff?.taken === true,
        }),
      }).catch(() => []);
      const found = results.find((r) => (r.result as { href?: string } | undefined)?.href === address);
      if (found) return (found.result as { taken: boolean }).taken;
    }
    throw new Error(`no tab at ${address} the extension may enter`);
  }, url);
}

/**
 * library-steps' takeNotes as a person now does it: the watch page, a click on the control,
 * then `notes` written in the sidebar (each at its moment, its lines, its kind).
 */
export async function takeNotes(env: E2eEnv, videoId: string, notes: readonly FixtureNote[]): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(videoId));
  await waitForPlayback(page);
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  for (const note of notes) await writeNote(page, ui, note);
  return { page, ui };
}

async function writeNote(page: Page, ui: Ui, note: FixtureNote): Promise<void> {
  await page.evaluate((at) => {
    const video = document.querySelector('video')!;
    video.pause();
    video.currentTime = at;
  }, note.at);
  await until('the seek', () => page.evaluate((at) => document.querySelector('video')!.currentTime === at, note.at));
  await ui.focus('textbox', 'Note');
  if (note.kindKey) await ui.press(`Alt+${note.kindKey}`);
  for (const [i, line] of note.text.split('\n').entries()) {
    if (i > 0) await ui.press('Shift+Enter');
    await ui.type(line);
  }
  await ui.press('Enter');
  await ui.waitFor('listitem', new RegExp(`^${label(note.at)} `));
}
