// Two browser profiles syncing through a real WebDAV server (rclone) on loopback, set up in
// each through the library's Sync section: a note added in one shows in the other after
// "Sync now", and a wrong app password gets a message that says what to do. The page asks for
// the loopback origin in its click as for a real server; how the browser's answer is given
// without a person differs by browser (sync-steps.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newFolder, startRclone, type DavServer } from '../servers/webdav';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { until } from './harness/wait';
import { setUpSync, syncBrowserOptions, syncTwoDevices } from './sync-steps';

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
});
