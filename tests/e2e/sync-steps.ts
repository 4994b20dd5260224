// How the sync e2e lets the page's Save get its host permission for the loopback server.
// Firefox: the real build, with the preference Mozilla's own tests use to grant optional
// permissions without the prompt (the request is made and answered for real).
// Chromium: no test can answer its permission prompt (no DevTools protocol for extension
// dialogs), and a permission already granted is granted again without one; so a copy of the
// build whose manifest grants the loopback origin at install. The page still asks in its click.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_EXTENSION_DIR } from './harness/paths';
import { openedPage } from './harness/files';
import { browserName, type BrowserOptions, type E2eEnv } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { libraryPage, takeNotes } from './library-steps';

/** Any port of 127.0.0.1 over http: where the tests' rclone server listens. */
export const LOOPBACK_ORIGINS = 'http://127.0.0.1/*';

/** Firefox grants optional permissions without its prompt. */
export const FIREFOX_PERMISSION_PREFS = { 'extensions.webextOptionalPermissionPrompts': false };

/** Options for useBrowser: see above. */
export function syncBrowserOptions(): BrowserOptions {
  if (browserName() === 'firefox') {
    // launchFirefox takes prefs; useBrowser passes its options on (a variable, so no literal check).
    const options: BrowserOptions & { prefs: Record<string, boolean> } = { sequential: true, prefs: FIREFOX_PERMISSION_PREFS };
    return options;
  }
  copy ??= extensionWithLoopbackAccess();
  return { sequential: true, extensionDir: copy };
}
let copy: string | undefined;

/** A copy of this run's built extension whose manifest grants LOOPBACK_ORIGINS; the build itself when there is none yet (the harness then says so). */
export function extensionWithLoopbackAccess(): string {
  const built = CHROME_EXTENSION_DIR;
  if (!existsSync(join(built, 'manifest.json'))) return built;
  const dir = join(mkdtempSync(join(tmpdir(), 'talk-notes-sync-')), 'extension');
  cpSync(built, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), LOOPBACK_ORIGINS];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Fills the Sync section and saves it (the host permission is asked in that click). */
export async function setUpSync(ui: Ui, to: { url: string; user: string; password: string }): Promise<void> {
  await ui.fill('textbox', 'WebDAV folder address', to.url);
  await ui.fill('textbox', 'User name', to.user);
  await ui.css('.sync input[type=password]', 0).fill(to.password);
  await ui.click('button', 'Save');
  await until('the settings saved', async () => {
    const notice = await ui.css('.sync-notice').text().catch(() => '');
    if (notice !== '' && notice !== 'Sync settings saved.') throw new Error(`the Sync section said: ${notice}`);
    return notice === 'Sync settings saved.';
  });
}

export async function syncNow(ui: Ui): Promise<string> {
  await ui.click('button', 'Sync now');
  return until('a sync to end', async () => {
    const status = await ui.css('.sync-status').text();
    // On a timeout, say what the section showed instead.
    if (!/^Last synced .* No changes waiting\.$/.test(status)) throw new Error(`the status reads: ${status}`);
    return status;
  });
}

export async function library(env: E2eEnv, ui: Ui) {
  return libraryPage(env, await openedPage(env.browser, () => ui.click('button', 'Library')));
}

/** A tab's notes as the sidebar lists them (read from the page: a tab behind may not redraw its accessibility tree). */
const notesOf = (ui: Ui) => ui.texts('li.note');

export async function expectNotes(ui: Ui, texts: string[], what: string): Promise<void> {
  await until(what, async () => {
    const items = await notesOf(ui);
    return items.length === texts.length && texts.every((t, i) => items[i]!.includes(` ${t} Edit Delete`));
  });
}

export async function editNote(tab: { page: Page; ui: Ui }, time: string, text: string): Promise<void> {
  await tab.page.bringToFront();
  await tab.ui.click('button', `Edit note at ${time}`);
  await tab.ui.fill('textbox', `Text of the note at ${time}`, text);
  await tab.ui.press('Enter');
}


const [first, second] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];

/**
 * Two browsers set up sync with the same folder through their library's Sync section: a note
 * added in one shows in the other after Sync now, edits made in each are both kept, a delete
 * in one is gone in the other. Answers the first one's library tab.
 */
export async function syncTwoDevices(a0: E2eEnv, b0: E2eEnv, to: { url: string; user: string; password: string }): Promise<{ page: Page; ui: Ui }> {
    const a = await takeNotes(a0, first.id, [{ at: 42, text: 'Added on A.' }]);
    const libA = await library(a0, a.ui);
    await setUpSync(libA.ui, to);
    await syncNow(libA.ui);

    const b = await takeNotes(b0, second.id, [{ at: 12, text: 'Added on B.' }]);
    const libB = await library(b0, b.ui);
    await setUpSync(libB.ui, to);
    await syncNow(libB.ui);
    await libA.page.bringToFront();
    await syncNow(libA.ui);

    // Each browser's sidebar on the other's talk holds the other's note.
    const open = async (env: E2eEnv, id: string) => {
      const page = await env.browser.newPage(watchUrl(id));
      await waitForPlayback(page);
      return { page, ui: await env.browser.ui(page) };
    };
    const aOnSecond = await open(a0, second.id);
    await expectNotes(aOnSecond.ui, ['Added on B.'], "A's sidebar to hold B's note");
    const bOnFirst = await open(b0, first.id);
    await expectNotes(bOnFirst.ui, ['Added on A.'], "B's sidebar to hold A's note");

    // Each edits the other's note; after a round of syncs both edits are everywhere.
    await editNote(aOnSecond, '0:12', 'Edited on A.');
    await editNote(bOnFirst, '0:42', 'Edited on B.');
    for (const lib of [libA, libB, libA]) {
      await lib.page.bringToFront();
      await syncNow(lib.ui);
    }
    await expectNotes(a.ui, ['Edited on B.'], "A's own talk to hold B's edit");
    await expectNotes(b.ui, ['Edited on A.'], "B's own talk to hold A's edit");

    // A delete in B is gone in A after both sync.
    await bOnFirst.page.bringToFront();
    await bOnFirst.ui.click('button', 'Delete note at 0:42');
    await expectNotes(bOnFirst.ui, [], 'the delete in B');
    for (const lib of [libB, libA]) {
      await lib.page.bringToFront();
      await syncNow(lib.ui);
    }
    await expectNotes(a.ui, [], "A to drop the note deleted in B");
    return libA;
}
