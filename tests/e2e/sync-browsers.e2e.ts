// One Chromium and one Firefox syncing through rclone on loopback, as the person with a
// laptop and a desktop does: the run's browser from the harness, the other launched here with
// its own fixture server. Run in the Chromium run only: one pair proves both directions.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.mjs';
import { newFolder, startRclone, type DavServer } from '../servers/webdav';
import { launchFirefox } from './harness/firefox';
import { browserName, useBrowser, type E2eEnv } from './harness/session';
import type { BrowserSession } from './harness/types';
import { FIREFOX_PERMISSION_PREFS, syncBrowserOptions, syncTwoDevices } from './sync-steps';

const chromium = useBrowser(syncBrowserOptions());

describe.runIf(browserName() === 'chromium')('sync between Chromium and Firefox', () => {
  let dav: DavServer;
  let fixtures: FixtureServer | undefined;
  let firefox: BrowserSession | undefined;
  beforeAll(async () => {
    dav = await startRclone();
    fixtures = await startFixtureServer();
    firefox = await launchFirefox({ serverPort: fixtures.port, prefs: FIREFOX_PERMISSION_PREFS });
  }, 120_000);
  afterAll(async () => {
    await firefox?.close();
    await fixtures?.close();
    await dav?.close();
  });
  const other: E2eEnv = {
    get server() {
      return fixtures!;
    },
    get browser() {
      return firefox!;
    },
  };

  it('a note added in either shows in the other; edits in both kept; a delete honoured', async () => {
    await syncTwoDevices(chromium, other, { url: await newFolder(dav.url), user: dav.user, password: dav.password });
  });
});
