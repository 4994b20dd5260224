// Privacy of typing: a note full of YouTube's hotkeys (k j l f m t space digits)
// triggers none of them, and a hostile page script sees no keystroke and no note text,
// neither of saved notes nor of drafts.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { leaksOf, snoop } from './harness/snoop';
import { until } from './harness/wait';
import { playerState, TALKS } from './harness/youtube';
import { closeAll, focusNoteBox, videoTime, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const NOTE = 'k j l f m t 0 1 2 3 4 5 6 7 8 9 kjlfm space';
const DRAFT = 'draft with kjl and 5 and spaces';
const pageKeys = (page: import('./harness/types').BrowserPage) => page.evaluate(() => (window as unknown as { __pageKeys: string[] }).__pageKeys);
const pageLooks = (page: import('./harness/types').BrowserPage) => page.evaluate(() => ({
  muted: document.querySelector('video')!.muted,
  fullscreen: document.fullscreenElement !== null,
  theater: document.querySelector('ytd-watch-flexy')!.hasAttribute('theater'),
}));

describe('typing a note', () => {
  it('never reaches the page: no hotkey fires, the snoop sees no key and no text', async () => {
    const open = await openWatch(env, TALKS[0]!.id);
    const { page, ui } = open;
    const start = Date.now();
    const before = await videoTime(page);

    await ui.click('textbox', 'Note');
    await ui.type(NOTE);
    await ui.press('Shift+Enter');
    await ui.type('2 5 k');
    await ui.press('Enter');
    await waitForNotes(ui, [/^0:0\d k j l f m t 0 1 2 3 4 5 6 7 8 9 kjlfm space 2 5 k$/]);
    await ui.type(DRAFT);
    await ui.press('Escape');
    await until('the note box left', async () => !(await ui.get('textbox', 'Note').focused()));

    // The video played on undisturbed: never paused, muted, sought, fullscreen or theater.
    const state = await playerState(page);
    const elapsed = (Date.now() - start) / 1000;
    expect(state.paused).toBe(false);
    expect(state.currentTime).toBeGreaterThan(before);
    expect(state.currentTime - before).toBeLessThan(elapsed + 1);
    expect(await pageLooks(page)).toEqual({ muted: false, fullscreen: false, theater: false });
    expect(await pageKeys(page)).toEqual([]);

    const report = await snoop(page);
    expect(report.keys).toEqual([]);
    expect(report.inputs).toEqual([]);
    for (const secret of ['kjlfm', '0 1 2 3', 'draft with', DRAFT]) expect(leaksOf(report, secret), secret).toEqual([]);
    expect(report.capturedShadowRoots.join('')).not.toContain('kjlfm');
    await closeAll(open);
  });

  it('keeps the page blind when the box is reached with Alt+Shift+N', async () => {
    const open = await openWatch(env, TALKS[1]!.id);
    const { page, ui } = open;
    await focusNoteBox(ui);
    await ui.type('m f k');
    await ui.press('Enter');
    await waitForNotes(ui, [/ m f k$/]);
    const report = await snoop(page);
    // The shortcut itself is pressed while the page has the focus, before the browser routes it to
    // the extension: its modifiers reach the page, and in Firefox (where the browser takes the
    // chord as a command) the release of its N too. Nothing typed after it does.
    expect(report.keys.filter((k) => !/^key(down|up):(Alt|Shift)$|^keyup:N$/.test(k))).toEqual([]);
    expect((await pageKeys(page)).filter((k) => k !== 'Alt' && k !== 'Shift')).toEqual([]);
    expect(await pageLooks(page)).toEqual({ muted: false, fullscreen: false, theater: false });
    expect((await playerState(page)).paused).toBe(false);
    await closeAll(open);
  });
});
