// Two browser profiles syncing through a real WebDAV server (rclone) on loopback, set up in
// each through the library's Sync section: a note added in one shows in the other after
// "Sync now", and a wrong app password gets a message that says what to do. The page asks for
// the loopback origin in its click as for a real server; how the browser's answer is given
// without a person differs by browser (sync-steps.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFolder, startRclone, type DavServer } from '../servers/webdav';
import { openedPage } from './harness/files';
import { useBrowser, type E2eEnv } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { libraryPage, takeNotes } from './library-steps';
import { syncBrowserOptions } from './sync-steps';

const deviceA = useBrowser(syncBrowserOptions());
const deviceB = useBrowser(syncBrowserOptions());
const [first, second] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];

let dav: DavServer;
let folder: string;
beforeAll(async () => {
  dav = await startRclone();
  folder = await newFolder(dav.url);
}, 60_000);
afterAll(async () => {
  await dav?.close();
});

/** Fills the Sync section and saves it (the host permission is asked in that click). */
async function setUpSync(ui: Ui, password: string): Promise<void> {
  await ui.fill('textbox', 'WebDAV folder address', folder);
  await ui.fill('textbox', 'User name', dav.user);
  await ui.css('.sync input[type=password]', 0).fill(password);
  await ui.click('button', 'Save');
  await until('the settings saved', async () => {
    const notice = await ui.css('.sync-notice').text().catch(() => '');
    if (notice !== '' && notice !== 'Sync settings saved.') throw new Error(`the Sync section said: ${notice}`);
    return notice === 'Sync settings saved.';
  });
}

async function syncNow(ui: Ui): Promise<string> {
  await ui.click('button', 'Sync now');
  return until('a sync to end', async () => {
    const status = await ui.css('.sync-status').text();
    // On a timeout, say what the section showed instead.
    if (!/^Last synced .* No changes waiting\.$/.test(status)) throw new Error(`the status reads: ${status}`);
    return status;
  });
}

async function library(env: E2eEnv, ui: Ui) {
  return libraryPage(env, await openedPage(env.browser, () => ui.click('button', 'Library')));
}

/** A tab's notes as the sidebar lists them (read from the page: a tab behind may not redraw its accessibility tree). */
const notesOf = (ui: Ui) => ui.texts('li.note');

async function expectNotes(ui: Ui, texts: string[], what: string): Promise<void> {
  await until(what, async () => {
    const items = await notesOf(ui);
    return items.length === texts.length && texts.every((t, i) => items[i]!.includes(` ${t} Edit Delete`));
  });
}

async function editNote(tab: { page: Page; ui: Ui }, time: string, text: string): Promise<void> {
  await tab.page.bringToFront();
  await tab.ui.click('button', `Edit note at ${time}`);
  await tab.ui.fill('textbox', `Text of the note at ${time}`, text);
  await tab.ui.press('Enter');
}

describe('sync through a WebDAV server', () => {
  let libA: { page: Page; ui: Ui };

  it('a note added in one browser shows in the other after Sync now; edits in both kept; a delete honoured', async () => {
    const a = await takeNotes(deviceA, first.id, [{ at: 42, text: 'Added on A.' }]);
    libA = await library(deviceA, a.ui);
    await setUpSync(libA.ui, dav.password);
    await syncNow(libA.ui);

    const b = await takeNotes(deviceB, second.id, [{ at: 12, text: 'Added on B.' }]);
    const libB = await library(deviceB, b.ui);
    await setUpSync(libB.ui, dav.password);
    await syncNow(libB.ui);
    await libA.page.bringToFront();
    await syncNow(libA.ui);

    // Each browser's sidebar on the other's talk holds the other's note.
    const open = async (env: E2eEnv, id: string) => {
      const page = await env.browser.newPage(watchUrl(id));
      await waitForPlayback(page);
      return { page, ui: await env.browser.ui(page) };
    };
    const aOnSecond = await open(deviceA, second.id);
    await expectNotes(aOnSecond.ui, ['Added on B.'], "A's sidebar to hold B's note");
    const bOnFirst = await open(deviceB, first.id);
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
  });

  it('a wrong app password: a message that says what to do', async () => {
    await libA.page.bringToFront();
    await setUpSync(libA.ui, 'not-the-password');
    await libA.ui.click('button', 'Sync now');
    const status = await until('the error', async () => {
      const s = await libA.ui.css('.sync-status').text();
      if (!s.includes('did not accept')) throw new Error(`the status reads: ${s}`);
      return s;
    });
    expect(status).toContain(`The server ${new URL(dav.url).host} did not accept the user name and app password. Check them in the sync settings.`);
  });
});
