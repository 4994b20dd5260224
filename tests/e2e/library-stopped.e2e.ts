// The browser may stop the background in the middle of a long request (Chrome stops a service
// worker on update or when an event runs too long; Firefox unloads an event page). A restore
// under way then must neither hang nor half-happen: it is sent again, and the library ends with
// every note of the file, once.
import { describe, expect, it } from 'vitest';
import { pickFile } from './harness/files';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { libraryPage } from './library-steps';

const env = useBrowser();
const NOTES = 20_000;
const T = Date.UTC(2026, 4, 4);

/** A backup of one talk holding NOTES notes: a few seconds to import. */
function backup(): string {
  const talk = {
    id: 'youtube:stoppedtalk', platform: 'youtube', videoId: 'stoppedtalk', url: 'https://www.youtube.com/watch?v=stoppedtalk',
    title: 'A talk restored twice', speakers: [], links: [], createdAt: T, updatedAt: T,
  };
  const notes = Array.from({ length: NOTES }, (_, i) => ({
    id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`, talkId: talk.id, at: i, kind: 'note',
    text: `Note ${i}: a restore the browser interrupted is sent again.`, createdAt: T + i, updatedAt: T + i,
  }));
  return JSON.stringify({ format: 'talk-notes-backup', version: 1, exportedAt: new Date(T).toISOString(), talks: [talk], notes, conferences: [] });
}

describe('a background stopped mid-request', () => {
  it('restores the whole backup all the same, once', async () => {
    const { page, ui } = await libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));
    await pickFile(env.browser, page, 'input[type=file]', 'big-backup.json', backup());
    await ui.waitFor('status', 'Reading big-backup.json…');
    // The import is under way in the background when it stops.
    await new Promise((r) => setTimeout(r, 300));
    await env.browser.stopServiceWorker();

    const said = await until('the restore to end', async () => {
      const status = [...(await ui.all('status')), ...(await ui.all('alert'))].find((s) => !s.startsWith('Reading'));
      return status;
    }, { timeout: 60_000, interval: 200 });
    // The first try was cut off before its transaction committed (then the second imports all), or just after.
    expect(said).toMatch(/^(Imported 20,?000 notes and 1 talk\.|Nothing new: everything in this backup is already here\.)$/);
    await until('the talk listed with every note', async () =>
      (await ui.texts('li.talk-row')).some((row) => row.startsWith('A talk restored twice ·') && /· 20,?000 notes/.test(row)));
    await page.close();
  });
});
