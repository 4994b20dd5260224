// A talk start marked by hand in a day's stream is the user's own work, like a note: every tab
// of the stream sees it, it goes into the backup, and a new device that restores the backup
// files the notes under the same talk.
import { describe, expect, it } from 'vitest';
import { downloadOf, openedPage, pickFile, type SavedFile } from './harness/files';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { libraryPage } from './library-steps';
import { openStream, pauseAt, showingTalk, takeNote } from './sites-steps';

/** The extension's storage, as the background (or an extension page in Firefox) sees it. */
declare const chrome: { storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } } };

const deviceA = useBrowser({ sequential: true });
const deviceB = useBrowser({ sequential: true });
const ID = 'cnSummitD1_';
const VIDEO = '#movie_player video.html5-main-video';
const TALK = 'eBPF in five minutes';

describe('a talk start marked by hand', () => {
  let backup: SavedFile;

  it('is seen by every tab of the stream and kept in the backup', async () => {
    const one = await openStream(deviceA, ID);
    await pauseAt(one.page, VIDEO, 78);
    await showingTalk(one.ui, 'Lightning talks');
    await one.ui.click('button', 'New talk starts here');
    await showingTalk(one.ui, '');
    await one.ui.fill('textbox', 'Talk title', TALK);
    await one.ui.press('Tab');
    await pauseAt(one.page, VIDEO, 80);
    await takeNote(one.ui, 'no kernel module needed', '1:20');

    // Another tab of the same stream, opened afterwards: the mark is there too.
    const two = await openStream(deviceA, ID);
    await pauseAt(two.page, VIDEO, 85);
    await showingTalk(two.ui, TALK);
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

    const tab = await openStream(deviceB, ID);
    await pauseAt(tab.page, VIDEO, 85);
    await showingTalk(tab.ui, TALK);
    await tab.ui.waitFor('listitem', /^1:20 no kernel module needed/);
    await pauseAt(tab.page, VIDEO, 72);
    await showingTalk(tab.ui, 'Lightning talks');
    await tab.page.close();
  });

  it('kept by an older version in storage.local, moves into the store when the background starts', async () => {
    const background = await deviceB.browser.serviceWorker();
    // What an older version left: marks per recording under one storage.local key.
    await background.evaluate((id) => chrome.storage.local.set({ talkMarks: { [`youtube:${id}`]: [65] } }), ID);
    await deviceB.browser.stopServiceWorker();
    const restarted = await deviceB.browser.startServiceWorker();
    await until('the old key moved in', async () => (await restarted.evaluate(() => chrome.storage.local.get('talkMarks'))).talkMarks === undefined);

    const tab = await openStream(deviceB, ID);
    await pauseAt(tab.page, VIDEO, 67);
    await showingTalk(tab.ui, ''); // a talk starts at the moved mark (1:05, inside Practical Istio), not yet named
    await pauseAt(tab.page, VIDEO, 60);
    await showingTalk(tab.ui, 'Practical Istio');
    await pauseAt(tab.page, VIDEO, 85);
    await showingTalk(tab.ui, TALK); // the restored mark is still there
    await tab.page.close();
  });
});
