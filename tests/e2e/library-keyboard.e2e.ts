// The library's main flow from the keyboard alone (Tab, Enter, arrows, Escape), and an
// accessible name on every control the page shows, in every panel.
import { describe, expect, it } from 'vitest';
import { downloadOf } from './harness/files';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page, Name, Ui } from './harness/types';
import { TALKS } from './harness/youtube';
import { libraryPage, takeNotes } from './library-steps';

const env = useBrowser({ sequential: true });
const [wca] = TALKS as [(typeof TALKS)[number]];
const WCA = 'When Containers Attack';
const NAME = 'KubeCon 2024';

/** Presses Tab (Shift+Tab with `back`) until the control is focused, as a keyboard user would. */
async function tabTo(ui: Ui, role: string, name: Name, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if ((await ui.exists(role, name)) && (await ui.get(role, name).focused())) return;
    await ui.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${role} ${String(name)}`);
}

const CONTROLS = ['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'Date', 'radio'];

/**
 * Every control's accessible name, by role; fails on any without one. Form fields are also
 * checked for a label of their own, since a nameless field could borrow its typed text as a name here.
 */
async function names(page: Page, ui: Ui): Promise<string[]> {
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input, select, textarea')]
      .filter((f) => (f.labels?.length ?? 0) === 0 && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby'))
      .map((f) => f.outerHTML));
  expect(unlabelled).toEqual([]);
  const all: string[] = [];
  for (const role of CONTROLS) {
    for (const name of await ui.all(role)) {
      expect(name.trim(), `a ${role} without an accessible name`).not.toBe('');
      all.push(`${role}: ${name}`);
    }
  }
  return all;
}

// The file's tests build on one another: the first opens the library tab the rest use.
describe('the library from the keyboard', () => {
  let page: Page | undefined;

  it('creates a conference, places a talk, writes its thoughts and exports, with keys only', async () => {
    await takeNotes(env, wca.id, [{ at: 42, text: 'Diversity is key to innovation.' }]);
    page = await env.browser.newPage(env.browser.extensionUrl('library.html'));
    const { ui } = await libraryPage(env, page);

    await tabTo(ui, 'button', 'New conference');
    await ui.press('Enter');
    await ui.waitFor('heading', 'New conference');
    await tabTo(ui, 'textbox', 'Name');
    await ui.type(NAME);
    await tabTo(ui, 'button', 'Add day');
    await ui.press('Enter');
    await tabTo(ui, 'Date', 'Date of day 1');
    await ui.type('10232024');
    await tabTo(ui, 'textbox', 'Theme of day 1');
    await ui.type('Cloud Native Rust Day');
    await ui.press('Enter'); // submits the form
    await ui.waitFor('heading', NAME);
    // The panel closed and gave the focus back to what opened it.
    expect(await ui.get('button', 'New conference').focused()).toBe(true);

    await tabTo(ui, 'combobox', `Conference for: ${WCA}`);
    await ui.press('ArrowDown');
    await ui.waitFor('combobox', `Day for: ${WCA}`);
    expect(await ui.get('combobox', `Conference for: ${WCA}`).focused()).toBe(true);
    await tabTo(ui, 'combobox', `Day for: ${WCA}`);
    await ui.press('ArrowDown');
    await ui.waitFor('button', `Export day 1: ${NAME}`);

    await tabTo(ui, 'button', `Edit details: ${WCA}`);
    await ui.press('Enter');
    await tabTo(ui, 'textbox', 'My thoughts');
    await ui.type('Worth it.');
    await tabTo(ui, 'button', 'Save details');
    await ui.press('Enter');
    await ui.waitFor('status', `Saved the details of ${WCA}.`);

    await tabTo(ui, 'button', `Export conference: ${NAME}`, true);
    await ui.press('Enter');
    await tabTo(ui, 'button', 'Download Markdown');
    const file = await downloadOf(env.browser, page, () => ui.press('Enter'));
    expect(file.text).toContain(`# ${NAME}\n\n## Day 1 – Wednesday 23 October 2024 – Cloud Native Rust Day\n\n### ${WCA}\n`);
    expect(file.text).toContain('\n\nMy thoughts: Worth it.\n');
    await ui.press('Escape');
    await ui.waitForGone('button', 'Download Markdown');
    expect(await ui.get('button', `Export conference: ${NAME}`).focused()).toBe(true);

    // Delete, then Undo, from the keyboard: the focus goes to Undo.
    await tabTo(ui, 'button', `Delete talk: ${WCA}`);
    await ui.press('Enter');
    await ui.waitFor('button', 'Undo');
    expect(await ui.get('button', 'Undo').focused()).toBe(true);
    await ui.press('Enter');
    await ui.waitFor('button', `Delete talk: ${WCA}`);
  });

  it('gives every control an accessible name, in the page and in each panel', async () => {
    if (!page) throw new Error('no library tab: the first test did not open it');
    const ui = await env.browser.ui(page);
    await ui.fill('searchbox', 'Search notes', 'diversity');
    await ui.waitFor('link', `${WCA} 0:42 Diversity is key to innovation.`);
    const seen = await names(page, ui);
    for (const open of [`Edit conference: ${NAME}`, `Edit details: ${WCA}`, `Export conference: ${NAME}`, 'New conference']) {
      await ui.click('button', open);
      await ui.waitFor('complementary');
      if (open.startsWith('Edit details')) await ui.click('button', 'Add link');
      seen.push(...(await names(page, ui)));
      await ui.press('Escape');
      await ui.waitForGone('complementary');
    }
    // The names a screen reader user needs to tell the controls apart.
    expect(seen).toEqual(expect.arrayContaining([
      'searchbox: Search notes', 'button: Back up everything', 'button: Restore from backup',
      `combobox: Conference for: ${WCA}`, `combobox: Day for: ${WCA}`, `button: Move up: ${WCA}`,
      `link: Open recording: ${WCA}`, `link: ${WCA} 0:42 Diversity is key to innovation.`,
      'Date: Start date', 'Date: Date of day 1', 'textbox: Theme of day 1', 'combobox: Language of the write-up',
      'textbox: Name of speaker 1', 'textbox: Address of link 1', 'button: Remove link 1', 'textbox: My thoughts',
      'checkbox: Add YAML front matter', 'textbox: Markdown', 'button: Copy Markdown',
    ]));
  });
});
