// Several views, one truth: two tabs on one talk, and a tab and the library page, update each
// other within a second without reload: adds, edits made in both, deletes.
import { describe, expect, it } from 'vitest';
import type { BrowserPage as Page } from './harness/types';
import type { Ui } from './harness/types';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { openSidebar } from './core-steps';

const env = useBrowser();
const [, , third, , fourth] = TALKS as (typeof TALKS)[number][];
const LIVE = { timeout: 1000, interval: 25 };
/** The library names the talk by its own title: the speaker part of the page's title is taken off. */
const FOURTH_SHOWN = 'The Zen of Observability';

async function openTalk(id: string, at: number): Promise<{ page: Page; ui: Ui }> {
  const page = await env.browser.newPage(watchUrl(id, { t: String(at) }));
  await waitForPlayback(page, at);
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  return { page, ui };
}

/** Saves a note from the box; answers the time label it got. */
async function addNote(ui: Ui, text: string): Promise<string> {
  await ui.fill('textbox', 'Note', text);
  await ui.press('Enter');
  const item = await until(`"${text}" in the list`, async () => (await ui.all('listitem')).find((n) => n.includes(text)));
  return item.split(' ')[0]!;
}

/**
 * Waits for the list to hold exactly `texts` (in moment order), within a second: live, no reload.
 * Read from the page, not the accessibility tree, which a tab in the background updates only
 * when it next draws (see `Ui.texts`).
 */
async function expectList(ui: Ui, texts: string[], what: string): Promise<number> {
  const started = Date.now();
  await until(what, async () => {
    const items = await ui.texts('li.note');
    return items.length === texts.length && texts.every((t, i) => items[i]!.includes(` ${t} Edit Delete`));
  }, LIVE);
  return Date.now() - started;
}

describe('live sync', () => {
  it('two tabs on one talk: adds, edits in both, deletes show in the other within a second', async () => {
    const a = await openTalk(third!.id, 10);
    const b = await openTalk(third!.id, 40);
    // A person types only into the tab in front; the other tab is in the background meanwhile.
    const use = async (tab: { page: Page; ui: Ui }) => (await tab.page.bringToFront(), tab.ui);

    await addNote(await use(a), 'from tab A');
    const seen = [await expectList(b.ui, ['from tab A'], 'tab B to show the note added in tab A')];
    const timeB = await addNote(await use(b), 'from tab B');
    seen.push(await expectList(a.ui, ['from tab A', 'from tab B'], 'tab A to show the note added in tab B'));

    // Each tab edits a different note; both edits are kept, everywhere.
    const inA = await use(a);
    const timeA = (await inA.all('listitem'))[0]!.split(' ')[0]!;
    await inA.click('button', `Edit note at ${timeA}`);
    await inA.fill('textbox', `Text of the note at ${timeA}`, 'A edited in tab A');
    await inA.press('Enter');
    const inB = await use(b);
    await inB.click('button', `Edit note at ${timeB}`);
    await inB.fill('textbox', `Text of the note at ${timeB}`, 'B edited in tab B');
    await inB.press('Enter');
    const both = ['A edited in tab A', 'B edited in tab B'];
    await expectList(a.ui, both, 'tab A to hold both edits');
    await expectList(b.ui, both, 'tab B to hold both edits');

    // A delete in one tab: gone in the other, and stays gone after a reload.
    await inB.click('button', `Delete note at ${timeA}`);
    seen.push(await expectList(a.ui, ['B edited in tab B'], 'tab A to drop the note deleted in tab B'));
    console.info(`live sync: the other tab showed the change after ${seen.join(', ')} ms (polled every ${LIVE.interval} ms)`);
    await a.page.reload();
    const reloaded = await env.browser.ui(a.page);
    await reloaded.waitFor('listitem', /B edited in tab B/);
    expect(await reloaded.all('listitem')).toHaveLength(1);
    await a.page.close();
    await b.page.close();
  });

  it('a tab and the library page: a note added in the tab counts there, a talk deleted there empties the tab', async () => {
    const tab = await openTalk(fourth!.id, 5);
    await addNote(tab.ui, 'first in the tab');
    const library = await env.browser.newPage(env.browser.extensionUrl('library.html'));
    const lib = await env.browser.ui(library);
    // Read from the page: the library is in the background when the tab adds its second note.
    const row = () => lib.texts('li.talk-row').then((items) => items.find((i) => i.startsWith(`${FOURTH_SHOWN} ·`)) ?? '');
    await until('the talk in the library', async () => {
      if ((await row()).includes('1 note')) return true;
      // On a timeout, say what the page showed instead.
      const status = [...(await lib.all('status')), ...(await lib.all('alert'))];
      throw new Error(`the library lists ${JSON.stringify(await lib.texts('li.talk-row'))}; status ${JSON.stringify(status)}`);
    });

    await tab.page.bringToFront();
    await addNote(tab.ui, 'second in the tab');
    await until('the library to count the new note', async () => (await row()).includes('2 notes'), LIVE);

    await library.bringToFront();
    await lib.click('button', `Delete talk: ${FOURTH_SHOWN}`);
    await until('the tab to drop the deleted talk\'s notes', async () => (await tab.ui.texts('li.note')).length === 0, LIVE);
    await library.close();
    await tab.page.close();
  });
});
