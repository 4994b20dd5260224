// Searching every note as you type, opening a hit at its moment of the recording, and deleting
// a talk or a conference with undo; a note written on a deleted talk brings the talk back.
import { HtmlRenderer, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { openedPage } from './harness/files';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Ui } from './harness/types';
import { playerState, TALKS, waitForPlayback } from './harness/youtube';
import { exportMarkdown, libraryPage, takeNotes } from './library-steps';

const env = useBrowser({ sequential: true });
const [wca, kfs] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];
const WCA = 'When Containers Attack';
const KFS = 'Kubernetes for Sysadmins';
const HOSTILE = '# not a heading <img src=x onerror=alert(1)> [a](b) | *x* `code`';

/** The library tab the first test opened, for the tests after it. */
let library: { page: Page; ui: Ui } | undefined;
async function openLibrary() {
  if (!library) throw new Error('no library tab: the first test did not open it');
  await library.page.bringToFront();
  return library;
}

// The file's tests build on one another: the first opens the library tab the rest use.
describe('the library page', () => {
  it('searches every note as you type and opens a hit at its moment', async () => {
    const a = await takeNotes(env, wca.id, [
      { at: 42, text: 'Diversity is key to innovation.' },
      { at: 75, text: 'Platform teams shift the economics of operations.' },
    ]);
    await takeNotes(env, kfs.id, [{ at: 12, text: 'Kubernetes is a platform for platforms.' }, { at: 30, text: 'Sysadmins still matter.' }]);
    library = await libraryPage(env, await openedPage(env.browser, () => a.ui.click('button', 'Library')));
    const { page, ui } = library;

    await ui.focus('searchbox', 'Search notes');
    await ui.type('plat');
    await ui.waitFor('status', '2 matches for “plat”.');
    expect(await ui.all('link')).toEqual(expect.arrayContaining([
      `${WCA} 1:15 Platform teams shift the economics of operations.`,
      `${KFS} 0:12 Kubernetes is a platform for platforms.`,
    ]));
    await ui.type('forms');
    await ui.waitFor('status', '1 match for “platforms”.');
    expect((await ui.all('link')).filter((t) => / \d+:\d\d /.test(t))).toEqual([`${KFS} 0:12 Kubernetes is a platform for platforms.`]);
    await ui.type('x');
    await ui.waitFor('status', 'Nothing matches “platformsx”.');
    await ui.press('Backspace');
    await ui.waitFor('link', `${KFS} 0:12 Kubernetes is a platform for platforms.`);

    // Activating the hit opens the recording at 0:12, playing from there.
    await ui.focus('link', `${KFS} 0:12 Kubernetes is a platform for platforms.`);
    const talk = await openedPage(env.browser, () => ui.press('Enter'));
    expect(talk.url()).toBe(`https://www.youtube.com/watch?v=${kfs.id}&t=12s`);
    const playing = await waitForPlayback(talk, 12);
    expect(playing.currentTime).toBeLessThan(20);
    expect((await playerState(talk)).videoId).toBe(kfs.id);
    await talk.close();
    await page.bringToFront();
  });

  it('keeps hostile note text literal: in search hits, and in the exported Markdown', async () => {
    const { page, ui } = await openLibrary();
    await takeNotes(env, wca.id, [{ at: 80, text: HOSTILE }]);
    await page.bringToFront();
    await ui.fill('searchbox', 'Search notes', 'onerror');
    await ui.waitFor('link', `${WCA} 1:20 ${HOSTILE}`);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);

    const { text } = await exportMarkdown(env, page, ui, `Export talk: ${WCA}`);
    const html = new HtmlRenderer().render(new Parser().parse(text));
    expect(html).not.toContain('<img');
    expect(html.match(/<h\d/g)).toEqual(['<h1']);
    // The heading, the HTML and the relative link stay text; emphasis and code are the writer's Markdown.
    expect(html).toContain('1:20</a> # not a heading &lt;img src=x onerror=alert(1)&gt; [a](b) | <em>x</em> <code>code</code></li>');
    await ui.fill('searchbox', 'Search notes', 'platforms');
  });

  it('deletes a talk with undo, and a note written on a deleted talk brings it back', async () => {
    const { page, ui } = await openLibrary();
    await ui.click('button', `Delete talk: ${KFS}`);
    await ui.waitFor('status', `Deleted ${KFS} and its 2 notes. Undo`);
    expect(await ui.get('button', 'Undo').focused()).toBe(true);
    await ui.waitForGone('button', `Delete talk: ${KFS}`);
    await ui.waitForGone('link', `${KFS} 0:12 Kubernetes is a platform for platforms.`);
    await ui.waitFor('status', 'Nothing matches “platforms”.');

    await ui.press('Enter'); // Undo has the focus
    await ui.waitFor('status', `Brought back ${KFS} and its 2 notes.`);
    await ui.waitFor('listitem', new RegExp(`^${KFS} · Kelsey Hightower · 2 notes`));
    await ui.waitFor('link', `${KFS} 0:12 Kubernetes is a platform for platforms.`);

    // Deleted again; then a note in the talk's sidebar brings the talk back, with that note only.
    await ui.click('button', `Delete talk: ${KFS}`);
    await ui.waitForGone('button', `Delete talk: ${KFS}`);
    await takeNotes(env, kfs.id, [{ at: 50, text: 'Back again.' }]);
    await page.bringToFront();
    await ui.waitFor('listitem', new RegExp(`^${KFS} · Kelsey Hightower · 1 note `), { timeout: 5000 });
  });

  it('deletes a conference with undo; its talks come back with it', async () => {
    const { ui } = await openLibrary();
    await ui.click('button', 'New conference');
    await ui.fill('textbox', 'Name', 'PuppetConf 2016');
    await ui.press('Enter'); // submits the form
    await ui.waitFor('heading', 'PuppetConf 2016');
    await ui.focus('combobox', `Conference for: ${KFS}`);
    await ui.press('ArrowDown');
    await ui.waitFor('button', `Edit conference: PuppetConf 2016`);
    await ui.waitFor('combobox', `Day for: ${KFS}`);

    await ui.click('button', 'Delete conference: PuppetConf 2016');
    await ui.waitFor('status', 'Deleted PuppetConf 2016. Its talks are now in no conference. Undo');
    await ui.waitForGone('heading', 'PuppetConf 2016');
    expect(await ui.value('combobox', `Conference for: ${KFS}`)).toBe('');
    await ui.click('button', 'Undo');
    await ui.waitFor('heading', 'PuppetConf 2016');
    expect(await ui.exists('combobox', `Day for: ${KFS}`)).toBe(true);
    expect(await ui.text('heading', 'PuppetConf 2016')).toBe('PuppetConf 2016');
  });
});
