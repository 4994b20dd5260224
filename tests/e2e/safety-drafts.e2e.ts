// Drafts survive: text typed but not saved is kept in the extension's storage within a second,
// and comes back with its moment after a closed tab or a browser killed mid-typing.
import { describe, expect, it } from 'vitest';
import type { BrowserPage as Page } from './harness/types';
import { useBrowser } from './harness/session';
import { leaksOf, snoop } from './harness/snoop';
import { until } from './harness/wait';
import { TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { openSidebar } from './core-steps';

const env = useBrowser();
const [first, second] = TALKS as [(typeof TALKS)[number], (typeof TALKS)[number]];

/** Opens the talk, lets it play past `seconds`, and types `text` into the note box without saving. */
async function typeDraft(page: Page, text: string, seconds: number) {
  await waitForPlayback(page, seconds);
  const ui = await env.browser.ui(page);
  await openSidebar(ui);
  await ui.fill('textbox', 'Note', text);
  const moment = await ui.css('#tn-moment').text();
  expect(moment).toMatch(/^Note at 0:0\d/);
  return { ui, moment: moment.replace(/ ·.*/, '') };
}

async function expectOffered(page: Page, text: string, moment: string) {
  const ui = await env.browser.ui(page);
  await until('the draft back in the box', async () => (await ui.value('textbox', 'Note')) === text, { timeout: 10_000 });
  expect(await ui.css('#tn-moment').text()).toContain(moment);
  const at = moment.replace('Note at ', '');
  expect(await ui.text('status')).toBe(`Your unsaved note from ${at} is back in the box.`);
  return ui;
}

describe('drafts', () => {
  it('come back with their moment after the tab is closed', async () => {
    const page = await env.browser.newPage(watchUrl(second.id));
    const { moment } = await typeDraft(page, 'typed, then the tab closed', 1);
    await new Promise((r) => setTimeout(r, 1200));
    await page.close();

    const again = await env.browser.newPage(watchUrl(second.id));
    const ui = await expectOffered(again, 'typed, then the tab closed', moment);
    // And the draft is the extension's, not the page's.
    expect(leaksOf(await snoop(again), 'typed, then the tab closed')).toEqual([]);
    // Saving it makes a note and the draft is gone for good.
    await ui.focus('textbox', 'Note');
    await ui.press('Enter');
    await ui.waitFor('listitem', /typed, then the tab closed/);
    await again.reload();
    const fresh = await env.browser.ui(again);
    await fresh.waitFor('listitem', /typed, then the tab closed/);
    expect(await fresh.value('textbox', 'Note')).toBe('');
    await again.close();
  });

  it('come back with their moment after the browser is killed mid-typing (SIGKILL)', async () => {
    const page = await env.browser.newPage(watchUrl(first.id));
    const { moment } = await typeDraft(page, 'typed just before the crash', 2);
    // Within a second of typing the draft must be stored; then the whole browser dies.
    await new Promise((r) => setTimeout(r, 1200));
    await env.browser.kill();

    const again = await env.browser.newPage(watchUrl(first.id));
    await expectOffered(again, 'typed just before the crash', moment);
    await again.close();
  });
});
