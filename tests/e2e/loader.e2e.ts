// The sidebar on demand: a watch page without notes runs only the small loader (the sidebar's
// code is not in the page until opened), a shortcut pressed before the sidebar is there stamps
// the note at the press, and a video with notes opens the sidebar by itself.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { clickRelated, TALKS, waitForPlayback, watchUrl } from './harness/youtube';
import { closeAll, pauseAt, waitForNotes, CONTROL, openSidebar } from './core-steps';
import { parserCodeLoaded, sidebarCodeLoaded } from './loader-steps';

const env = useBrowser();

describe('the sidebar on demand', () => {
  it('runs only the loader on a video without notes, and loads the sidebar on a click on the control', async () => {
    const page = await env.browser.newPage(watchUrl(TALKS[0]!.id));
    const ui = await env.browser.ui(page);
    await ui.waitFor('button', CONTROL, { timeout: 10_000 });
    await waitForPlayback(page);
    expect(await ui.exists('region', 'Talk notes')).toBe(false);
    expect(await sidebarCodeLoaded(env, page)).toBe(false);
    expect(await page.evaluate(() => document.querySelector('talk-notes-sidebar') === null)).toBe(true);

    await ui.click('button', CONTROL);
    await ui.waitFor('region', 'Talk notes', { timeout: 10_000 });
    expect(await sidebarCodeLoaded(env, page)).toBe(true);
    await ui.waitForGone('button', CONTROL);
    expect(await ui.getAttribute('button', 'Talk notes', 'aria-expanded')).toBe('true');

    // No note drawn yet: the Markdown parser's code is not in the page; the first line that needs it brings it.
    expect(await parserCodeLoaded(env, page)).toBe(false);
    await ui.press('Alt+Shift+N');
    await until('the note box focused', () => ui.get('textbox', 'Note').focused(), { timeout: 10_000 });
    await ui.type('Plain words first');
    await ui.press('Enter');
    await waitForNotes(ui, [/^\d:\d\d Plain words first$/]);
    expect(await parserCodeLoaded(env, page)).toBe(false);
    await ui.type('Zipkin is *cheap*');
    await ui.press('Enter');
    await until('the note drawn with its emphasis', async () => (await ui.texts('li.note em')).includes('cheap'), { timeout: 10_000 });
    expect(await parserCodeLoaded(env, page)).toBe(true);
    await closeAll({ page, ui });
  });

  it('stamps a note at the press of Alt+Shift+N made before the sidebar was there', async () => {
    const page = await env.browser.newPage(watchUrl(TALKS[1]!.id));
    const ui = await env.browser.ui(page);
    await ui.waitFor('button', CONTROL, { timeout: 10_000 });
    await pauseAt(page, 20);
    await ui.press('Alt+Shift+N');
    // The video plays on while the sidebar loads: the note must still say the moment of the press.
    await page.evaluate(() => void document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!.play());
    await until('the note box focused', () => ui.get('textbox', 'Note').focused(), { timeout: 10_000 });
    await waitForPlayback(page, 23);
    await ui.type('Stamped at the press');
    await ui.press('Enter');
    await waitForNotes(ui, ['0:20 Stamped at the press']);
    await closeAll({ page, ui });
  });

  it('opens the sidebar by itself on a video with notes', async () => {
    let page = await env.browser.newPage(watchUrl(TALKS[4]!.id));
    let ui = await env.browser.ui(page);
    await openSidebar(ui);
    await waitForPlayback(page);
    await pauseAt(page, 5);
    await ui.press('Alt+Shift+N');
    await until('the note box focused', () => ui.get('textbox', 'Note').focused());
    await ui.type('A note makes this video one to open');
    await ui.press('Enter');
    await waitForNotes(ui, ['0:05 A note makes this video one to open']);
    await until('the save acknowledged', async () => !(await ui.css('li[data-saving]').exists()));
    await closeAll({ page, ui });

    page = await env.browser.newPage(watchUrl(TALKS[4]!.id));
    ui = await env.browser.ui(page);
    await ui.waitFor('region', 'Talk notes', { timeout: 10_000 });
    await waitForNotes(ui, ['0:05 A note makes this video one to open']);
    expect(await ui.exists('button', CONTROL)).toBe(false);
    expect(await sidebarCodeLoaded(env, page)).toBe(true);
    // A recording with notes gets the parser with the sidebar, so no line is drawn unparsed first.
    expect(await parserCodeLoaded(env, page)).toBe(true);
    await closeAll({ page, ui });

    // YouTube moves to it inside the page (history.pushState): the loader tells the background the new address.
    page = await env.browser.newPage(watchUrl(TALKS[2]!.id));
    ui = await env.browser.ui(page);
    await ui.waitFor('button', CONTROL, { timeout: 10_000 });
    expect(await sidebarCodeLoaded(env, page)).toBe(false);
    await clickRelated(page, TALKS[4]!.id);
    await ui.waitFor('region', 'Talk notes', { timeout: 10_000 });
    await waitForNotes(ui, ['0:05 A note makes this video one to open']);
    await ui.waitForGone('button', CONTROL);
    await closeAll({ page, ui });
  });
});
