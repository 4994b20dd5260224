// The sidebar as a panel: beside the player and never over it (also in theater mode),
// YouTube's dark theme, open/closed remembered, toggled by its button and Alt+Shift+S, every
// control named, and the whole loop done from the keyboard alone.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Name, Ui } from './harness/types';
import { until } from './harness/wait';
import { playerState, TALKS } from './harness/youtube';
import { closeAll, focusNoteBox, seekVideo, takeNote, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const talk = TALKS[1]!;

interface Box { x: number; y: number; width: number; height: number }
const boxes = (page: Page) => page.evaluate(() => {
  const box = (el: Element | null): Box => {
    const r = el!.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  return { sidebar: box(document.querySelector('talk-notes-sidebar')), player: box(document.querySelector('#movie_player')) };
});
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Presses Tab (or Shift+Tab) until the element has the focus, as a keyboard user would. */
async function tabTo(ui: Ui, role: string, name: Name, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await ui.exists(role, name)) && (await ui.get(role, name).focused())) return;
    await ui.press(key);
  }
  throw new Error(`${role} ${String(name)} never took the focus with ${key}`);
}

describe('the sidebar as a panel', () => {
  it('sits beside the player, never over it, also in theater mode', async () => {
    for (const params of [{}, { theater: '1' }] as Record<string, string>[]) {
      const open = await openWatch(env, talk.id, params);
      const { sidebar, player } = await boxes(open.page);
      expect(sidebar.width).toBeGreaterThan(200);
      expect(sidebar.height).toBeGreaterThan(100);
      expect(player.width).toBeGreaterThan(300);
      expect(overlap(sidebar, player), JSON.stringify({ params, sidebar, player })).toBe(false);
      // Its controls are where it is, not drawn over the video.
      await open.ui.click('textbox', 'Note');
      await closeAll(open);
    }
  });

  it('follows the page theme, dark or light, also when it changes', async () => {
    const open = await openWatch(env, talk.id, { dark: '1' });
    const { page, ui } = open;
    expect(await ui.css('aside.sidebar').attribute('class')).toMatch(/\bdark\b/);
    await page.evaluate(() => (window as unknown as { ytFixture: { setDark(on: boolean): void } }).ytFixture.setDark(false));
    await until('light again', async () => !/\bdark\b/.test((await ui.css('aside.sidebar').attribute('class')) ?? ''));
    await page.evaluate(() => (window as unknown as { ytFixture: { setDark(on: boolean): void } }).ytFixture.setDark(true));
    await until('dark again', async () => /\bdark\b/.test((await ui.css('aside.sidebar').attribute('class')) ?? ''));
    await closeAll(open);
  });

  it('opens and closes by its button and Alt+Shift+S, and remembers it across reload', async () => {
    const open = await openWatch(env, talk.id);
    const { page, ui } = open;
    // A video with a note: the sidebar comes by itself on reload (without, the loader's control would).
    await takeNote(ui, 'this video is one to open');
    await waitForNotes(ui, [/ this video is one to open$/]);
    expect(await ui.getAttribute('button', 'Talk notes', 'title')).toBe('Show or hide (Alt+Shift+S)');
    expect(await ui.getAttribute('button', 'Talk notes', 'aria-expanded')).toBe('true');
    await ui.click('button', 'Talk notes');
    await ui.waitForGone('textbox', 'Note');
    expect(await ui.getAttribute('button', 'Talk notes', 'aria-expanded')).toBe('false');

    await page.reload();
    await ui.waitFor('button', 'Talk notes');
    await until('still closed', async () => (await ui.getAttribute('button', 'Talk notes', 'aria-expanded')) === 'false');
    expect(await ui.exists('textbox', 'Note')).toBe(false);

    await ui.press('Alt+Shift+S');
    await ui.waitFor('textbox', 'Note');
    await page.reload();
    await ui.waitFor('textbox', 'Note');
    await ui.press('Alt+Shift+S');
    await ui.waitForGone('textbox', 'Note');
    // Alt+Shift+N opens it to take a note.
    await focusNoteBox(ui);
    await closeAll(open);
  });

  it('names every control it has', async () => {
    const open = await openWatch(env, 'namedContrl');
    const { ui } = open;
    await ui.click('textbox', 'Note');
    await ui.type('a note to edit');
    await ui.press('Enter');
    await waitForNotes(ui, [/a note to edit$/]);
    await ui.click('DisclosureTriangle', 'Options');
    await ui.click('button', /^Edit note at /);
    await ui.waitFor('combobox', 'Kind');

    // What the page has of its own is left out; everything else is the sidebar's.
    const page = new Set(['Search', 'Play (k)', 'Pause (k)', 'YouTube']);
    const named: string[] = [];
    for (const role of ['button', 'textbox', 'combobox', 'checkbox', 'radio', 'DisclosureTriangle']) {
      const names = (await ui.all(role)).filter((n) => !page.has(n));
      expect(names.filter((n) => n.trim() === ''), `${role}s without a name`).toEqual([]);
      named.push(...names.map((n) => `${role}: ${n}`));
    }
    const focusable = 'aside.sidebar :is(button, input, select, textarea, summary, a[href], [tabindex])';
    let controls = 0;
    const another = () => ui.css(focusable, controls).waitFor({ timeout: 1 }).then(() => true, () => false);
    while (await another()) controls++;
    expect(named.length, `${controls} controls; named: ${named.join(' | ')}`).toBe(controls);
    expect(named).toEqual(expect.arrayContaining([
      'button: Talk notes', 'textbox: Note', 'textbox: Talk title', 'textbox: Speakers', 'radio: Note', 'radio: Quote',
      'radio: Question', 'radio: My thought', 'button: Copy Markdown', 'button: Download Markdown', 'button: Library',
      'combobox: Rewind', 'checkbox: Pause while typing', 'combobox: Kind', 'button: Earlier by 5 s', 'button: Later by 1 s',
    ]));
    expect(await ui.all('list')).toEqual(['Notes']);
    expect(await ui.all('region')).toEqual(['Talk notes']);
    await closeAll(open);
  });

  it('does the whole loop from the keyboard alone', async () => {
    const open = await openWatch(env, 'keyboardOne');
    const { page, ui } = open;
    await seekVideo(page, 20);
    await focusNoteBox(ui);
    await ui.press('Alt+2');
    await ui.type('Said by the speaker');
    await ui.press('Enter');
    const [row] = await waitForNotes(ui, [/^0:2\d QUOTE “ Said by the speaker ”$/]);
    const time = row!.slice(0, 4);

    // Jump back: Tab to the note's time, Enter.
    await seekVideo(page, 50);
    await tabTo(ui, 'button', `Play from ${time}`);
    await ui.press('Enter');
    await until('the video back at the note', async () => {
      const s = await playerState(page);
      return !s.paused && s.currentTime < 30 ? s : undefined;
    });

    // Edit: Tab to Edit, Enter, type, Enter.
    await tabTo(ui, 'button', `Edit note at ${time}`);
    await ui.press('Enter');
    await until('the edit box focused', () => ui.get('textbox', `Text of the note at ${time}`).focused());
    await ui.press('End');
    await ui.type(', twice');
    await ui.press('Enter');
    await waitForNotes(ui, [new RegExp(`^${time} QUOTE “ Said by the speaker, twice ”$`)]);

    // Delete and undo.
    await tabTo(ui, 'button', `Delete note at ${time}`);
    await ui.press('Enter');
    await waitForNotes(ui, []);
    await tabTo(ui, 'button', 'Undo', 'Shift+Tab');
    await ui.press('Enter');
    await waitForNotes(ui, [new RegExp(`^${time} QUOTE`)]);

    // Export.
    await tabTo(ui, 'button', 'Copy Markdown');
    await ui.press('Enter');
    await until('copied', async () => (await ui.text('status')) === 'Copied the notes as Markdown.');

    // Close and open the panel.
    await ui.press('Alt+Shift+S');
    await ui.waitForGone('textbox', 'Note');
    await ui.press('Alt+Shift+S');
    await ui.waitFor('textbox', 'Note');
    await closeAll(open);
  });
});
