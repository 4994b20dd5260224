// The browser may stop the background in the middle of a long request (Chrome stops a service
// worker on update or when an event runs too long; Firefox unloads an event page). A restore
// under way then must neither hang nor half-happen: it is sent again, and the library ends with
// every note of the file, once.
import { describe, expect, it } from 'vitest';
import { oneTalkBackup } from './backup-data';
import { pickFile } from './harness/files';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { libraryPage } from './library-steps';

const env = useBrowser();
const NOTES = 20_000;
const T = Date.UTC(2026, 4, 4);

/** A backup of one talk holding NOTES notes: a few seconds to import. */
const backup = () => oneTalkBackup({
  videoId: 'stoppedtalk', title: 'A talk restored twice', count: NOTES, stamp: T,
  at: (i) => i, text: (i) => `Note ${i}: a restore the browser interrupted is sent again.`,
});

describe('a background stopped mid-request', () => {
  it('restores the whole backup all the same, once', async () => {
    const { page, ui } = await libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));
    await pickFile(env.browser, page, 'input[type=file]', 'big-backup.json', backup());
    await ui.waitFor('status', 'Reading big-backup.json…');
    // The import is under way in the background when it stops.
    await new Promise((r) => setTimeout(r, 300));
    await env.browser.stopServiceWorker();

    const said = await until('the restore to end', async () =>
      [...(await ui.all('status')), ...(await ui.all('alert'))].find((s) => !s.startsWith('Reading')), { timeout: 60_000, interval: 200 });
    // The first try was cut off before its transaction committed (then the second imports all), or just after.
    expect(said).toMatch(/^(Imported 20,?000 notes and 1 talk\.|Nothing new: everything in this backup is already here\.)$/);
    await until('the talk listed with every note', async () =>
      (await ui.texts('li.talk-row')).some((row) => row.startsWith('A talk restored twice ·') && /· 20,?000 notes/.test(row)), { timeout: 20_000 });
    await page.close();
  });
});
