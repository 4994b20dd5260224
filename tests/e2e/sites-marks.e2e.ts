// A talk start marked by hand in a day's stream is the user's own work, like a note: every tab
// of the stream sees it, it goes into the backup, and a new device that restores the backup
// files the notes under the same talk.
import { describe, expect, it } from 'vitest';
import { downloadOf, openedPage, pickFile, type SavedFile } from './harness/files';
import { useBrowser } from './harness/session';
import type { BrowserPage, Ui } from './harness/types';
import { until } from './harness/wait';
import { waitForPlayback, watchUrl } from './harness/youtube';
import { libraryPage } from './library-steps';
import { pauseAt, takeNote } from './sites-steps';

/** The extension's storage, as the background (or an extension page in Firefox) sees it. */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const deviceA = useBrowser();
const deviceB = useBrowser();
const ID = 'cnSummitD1_';
const VIDEO = '#movie_player video.html5-main-video';
const TALK = 'eBPF in five minutes';

async function stream(env: typeof deviceA): Promise<{ page: BrowserPage; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(ID));
  const ui = await env.browser.ui(page);
  await waitForPlayback(page);
  await ui.waitFor('textbox', 'Talk title', { timeout: 10_000 });
  return { page, ui };
}
const showing = (ui: Ui, title: string) => until(`the sidebar on "${title}"`, async () => (await ui.value('textbox', 'Talk title')) === title);

describe('a talk start marked by hand', () => {
  let backup: SavedFile;

  it('is seen by every tab of the stream and kept in the backup', async () => {
    const one = await stream(deviceA);
    await pauseAt(one.page, VIDEO, 78);
    await showing(one.ui, 'Lightning talks');
    await one.ui.click('button', 'New talk starts here');
    await showing(one.ui, '');
    await one.ui.fill('textbox', 'Talk title', TALK);
    await one.ui.press('Tab');
    await pauseAt(one.page, VIDEO, 80);
    await takeNote(one.ui, 'no kernel module needed', '1:20');

    // Another tab of the same stream, opened afterwards: the mark is there too.
    const two = await stream(deviceA);
    await pauseAt(two.page, VIDEO, 85);
    await showing(two.ui, TALK);
    await two.ui.waitFor('listitem', /^1:20 no kernel module needed/);
    await two.page.close();

    const { page, ui } = await libraryPage(deviceA, await openedPage(deviceA.browser, () => one.ui.click('button', 'Library')));
    backup = await downloadOf(deviceA.browser, page, () => ui.click('button', 'Back up everything'));
    const marks = JSON.parse(backup.text).marks as { id: string; recording: string; at: number; deletedAt?: number }[];
    expect(marks.map(({ id, recording, at, deletedAt }) => ({ id, recording, at, deletedAt }))).toEqual([
      { id: `youtube:${ID}@78`, recording: `youtube:${ID}`, at: 78, deletedAt: undefined },
    ]);
    await page.close();
    await one.page.close();
  });

  it('comes back with the backup on a new device, and its notes with it', async () => {
    const { page, ui } = await libraryPage(deviceB, await deviceB.browser.newPage(deviceB.browser.extensionUrl('library.html')));
    await pickFile(deviceB.browser, page, 'input[type=file]', backup.filename, backup.text);
    await ui.waitFor('status', /^Imported 1 note, \d+ talks? and 1 marked talk start\.$/);
    await page.close();

    const tab = await stream(deviceB);
    await pauseAt(tab.page, VIDEO, 85);
    await showing(tab.ui, TALK);
    await tab.ui.waitFor('listitem', /^1:20 no kernel module needed/);
    await pauseAt(tab.page, VIDEO, 72);
    await showing(tab.ui, 'Lightning talks');
    await tab.page.close();
  });

  it('kept by an older version in storage.local, moves into the store when the background starts', async () => {
    const background = await deviceB.browser.serviceWorker();
    // What an older version left: marks per recording under one storage.local key.
    await background.evaluate((id) => chrome.storage.local.set({ talkMarks: { [`youtube:${id}`]: [65] } }), ID);
    await deviceB.browser.stopServiceWorker();
    const restarted = await deviceB.browser.startServiceWorker();
    await until('the old key moved in', async () => (await restarted.evaluate(() => chrome.storage.local.get('talkMarks'))).talkMarks === undefined);

    const tab = await stream(deviceB);
    await pauseAt(tab.page, VIDEO, 67);
    await showing(tab.ui, ''); // a talk starts at the moved mark (1:05, inside Practical Istio), not yet named
    await pauseAt(tab.page, VIDEO, 60);
    await showing(tab.ui, 'Practical Istio');
    await pauseAt(tab.page, VIDEO, 85);
    await showing(tab.ui, TALK); // the restored mark is still there
    await tab.page.close();
  });
});
