// A programme imported from its address, and "Is this …?" in the sidebar. The schedule is served
// by the fixture server at https://media.ccc.de/__fixtures/…: a site the extension already
// reaches (its content script runs there; permissions.getAll lists it in both browsers), so the
// library asks for no permission and fetches at once. What this proves: the typed address is
// fetched from the library page, imported by the background, refused cleanly on a 404 or a page
// that is no schedule. What it cannot: the browser's own prompt for a site the extension does not
// reach yet (headless Chromium leaves permissions.request pending: no prompt can be answered);
// unit tests cover the request within the click, a refusal and the permission given back
// (tests/unit/library/schedule-url.test.ts).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { watchUrl, waitForPlayback } from './harness/youtube';
import { libraryPage } from './library-steps';
import { openSidebar } from './core-steps';

const env = useBrowser({ hosts: ['media.ccc.de', 'www.youtube.com'], sequential: true });
const NAME = 'RustConf 2024';
const SCHEDULE_URL = 'https://media.ccc.de/__fixtures/schedules/rustconf.json';
const CHOSEN = 'Scaling Rust Services in Production';

const openLibrary = async () => libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));

describe('a programme from its address, and the sidebar asking which talk a recording is', () => {
  it('imports the schedule at a typed address', async () => {
    const { page, ui } = await openLibrary();
    await ui.fill('textbox', 'Schedule address', SCHEDULE_URL);
    await ui.click('button', 'Import from URL');
    await ui.waitFor('status', 'Imported the schedule as a new conference: 4 talks.');
    await ui.waitFor('heading', NAME);
    expect((await ui.all('heading')).filter((h) => h.startsWith('Programme – '))).toEqual([
      'Programme – Day 1 – Tuesday 10 September 2024', 'Programme – Day 2 – Wednesday 11 September 2024',
    ]);
    await page.close();
  });

  it('refuses an address that answers 404, and a file that is no schedule, the library unchanged', async () => {
    const { page, ui } = await openLibrary();
    await ui.waitFor('heading', NAME);
    const before = [await ui.all('heading'), await ui.all('listitem')];
    await ui.fill('textbox', 'Schedule address', 'https://media.ccc.de/__fixtures/schedules/missing.json');
    await ui.click('button', 'Import from URL');
    await ui.waitFor('alert', 'Nothing was imported, your library is unchanged. media.ccc.de answered 404 Not Found: no schedule was fetched.');
    await ui.fill('textbox', 'Schedule address', 'https://media.ccc.de/__fixtures/mediaccc/talk.html');
    await ui.click('button', 'Import from URL');
    await ui.waitFor('alert', /^Nothing was imported, your library is unchanged\. .*schedule/);
    expect([await ui.all('heading'), await ui.all('listitem')]).toEqual(before);
    await page.close();
  });

  it('asks "Is this …?" for an upload no entry surely is; the entry chosen files it, and the library marks its recording opened', async () => {
    // "Scaling Rust | Jane Doe | RustConf 2024": two entries begin "Scaling Rust", neither by Jane Doe.
    const page = await env.browser.newPage(watchUrl('rUstC0nf24x'));
    await waitForPlayback(page);
    const ui = await env.browser.ui(page);
    await openSidebar(ui);
    await ui.waitFor('region', 'Is this …?', { timeout: 10_000 });
    const offered = await ui.all('button');
    expect(offered.filter((b) => b.startsWith('Scaling Rust'))).toEqual([
      'Scaling Rust Teams – Priya Iyer · Day 1 · Tue 10 Sept · 09:30 · Main Hall',
      `${CHOSEN} – Janet Doherty · Day 2 · Wed 11 Sept · 10:00 · Main Hall`,
    ]);
    await ui.click('button', new RegExp(`^${CHOSEN}`));
    await ui.waitFor('region', 'Programme entry');
    expect(await ui.value('textbox', 'Talk title')).toBe(CHOSEN);
    await ui.dispose();
    await page.close();

    const library = await openLibrary();
    await library.ui.waitFor('listitem', /^10:00 Scaling Rust Services in Production · Janet Doherty · Main Hall · Industry recording opened/);
    // Chosen, not yet noted: the talk is filed on day 2 of the conference.
    await library.ui.waitFor('button', `Export day 2: ${NAME}`);
    await library.page.close();
  });
});
