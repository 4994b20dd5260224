// Two browser profiles syncing through a real WebDAV server (rclone) on loopback, set up in
// each through the library's Sync section: a note added in one shows in the other after
// "Sync now", a slide captured in one shows in the other with its picture, and a wrong app
// password gets a message that says what to do. The page asks for
// the loopback origin in its click as for a real server; how the browser's answer is given
// without a person differs by browser (sync-steps.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFolder, startRclone, type DavServer } from '../servers/webdav';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { libraryPage } from './library-steps';
import { sameColour, storedSlides } from './slides-steps';
import { setUpSync, syncBrowserOptions, syncNow, syncTwoDevices } from './sync-steps';

const deviceA = useBrowser(syncBrowserOptions());
const deviceB = useBrowser(syncBrowserOptions());

let dav: DavServer;
let folder: string;
beforeAll(async () => {
  dav = await startRclone();
  folder = await newFolder(dav.url);
}, 60_000);
afterAll(async () => {
  await dav?.close();
});

describe('sync through a WebDAV server', () => {
  let libA: { page: Page; ui: Ui };

  it('a note added in one browser shows in the other after Sync now; edits in both kept; a delete honoured', async () => {
    libA = await syncTwoDevices(deviceA, deviceB, { url: folder, user: dav.user, password: dav.password });
  });

  it('a wrong app password: a message that says what to do', async () => {
    await libA.page.bringToFront();
    await setUpSync(libA.ui, { url: folder, user: dav.user, password: 'not-the-password' });
    await libA.ui.click('button', 'Sync now');
    const status = await until('the error', async () => {
      const s = await libA.ui.css('.sync-status').text();
      if (!s.includes('did not accept')) throw new Error(`the status reads: ${s}`);
      return s;
    });
    expect(status).toContain(`The server ${new URL(dav.url).host} did not accept the user name and app password. Check them in the sync settings.`);
  });

  it('a slide captured in one browser shows in the other with its picture', async () => {
    const to = { url: await newFolder(dav.url), user: dav.user, password: dav.password };
    // A talk without an ad before it: the frame captured is the talk's test pattern.
    const talk = TALKS[1]!;
    const page = await deviceA.browser.newPage(watchUrl(talk.id));
    await waitForPlayback(page);
    const ui = await deviceA.browser.ui(page);
    await page.evaluate(() => {
      const video = document.querySelector('video')!;
      video.pause();
      video.currentTime = 1;
    });
    await until('the seek', () => page.evaluate(() => document.querySelector('video')!.currentTime === 1));
    await ui.click('button', 'Slide');
    await ui.css('.slide-thumb img[alt="Slide at 0:01"]').waitFor({ timeout: 10_000 }).catch(async (e: unknown) => {
      // Say why: the sidebar's status tells a refused capture.
      throw new Error(`${String(e)}; the sidebar's status: ${JSON.stringify(await ui.all('status'))}`);
    });
    const [captured] = await storedSlides(deviceA, talk.id);

    // B has the talk open already: the slide arrives in its sidebar with its picture, live.
    const onB = await deviceB.browser.newPage(watchUrl(talk.id));
    const uiB = await deviceB.browser.ui(onB);
    await uiB.waitFor('textbox', 'Note');
    for (const device of [deviceA, deviceB]) {
      const lib = await libraryPage(device, await device.browser.newPage(device.browser.extensionUrl('library.html')));
      await setUpSync(lib.ui, to);
      await syncNow(lib.ui);
    }
    await onB.bringToFront();
    await uiB.css('.slide-thumb img[alt="Slide at 0:01"]').waitFor({ timeout: 10_000 });
    expect(await uiB.css('.slide-thumb img[alt="Slide at 0:01"]').attribute('src')).toMatch(/^blob:/);
    const [got] = await storedSlides(deviceB, talk.id);
    // The same picture: its size, and the test pattern's colours where A's has them.
    expect(got).toMatchObject({ at: captured!.at, type: captured!.type, width: captured!.width, height: captured!.height });
    expect(sameColour(got!.left, captured!.left, 0) && sameColour(got!.right, captured!.right, 0)).toBe(true);
    expect(sameColour(got!.left, got!.right, 10)).toBe(false);
  });
});
