// The talk: title and speakers guessed from the page title, shown and editable in
// the sidebar; an edit is kept across reload, wins over the page, and is what the export uses.
import { describe, expect, it } from 'vitest';
import { readClipboard } from './harness/clipboard';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { playerState, TALKS } from './harness/youtube';
import { closeAll, takeNote, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const rust = TALKS.find((t) => t.id === 'rUstC0nf24x')!; // "Scaling Rust | Jane Doe | RustConf 2024", after an ad

describe('the talk in the sidebar', () => {
  it('guesses title and speakers, lets the user correct them, and keeps the correction', async () => {
    const open = await openWatch(env, rust.id, {}, { play: false });
    const { page, ui } = open;
    await until('the guessed title', async () => (await ui.value('textbox', 'Talk title')) === 'Scaling Rust');
    expect(await ui.value('textbox', 'Speakers')).toBe('Jane Doe');

    await ui.fill('textbox', 'Speakers', 'Jane Doe and John Roe');
    await ui.press('Tab');
    await ui.fill('textbox', 'Talk title', 'Scaling Rust, for real');
    await ui.press('Enter');
    await takeNote(ui, 'Crates as boundaries');
    await waitForNotes(ui, [/Crates as boundaries$/]);

    await page.reload();
    await until('the edited title', async () => (await ui.value('textbox', 'Talk title')) === 'Scaling Rust, for real');
    expect(await ui.value('textbox', 'Speakers')).toBe('Jane Doe and John Roe');
    await waitForNotes(ui, [/Crates as boundaries$/]);

    // The ad played first: the length is known only once the talk itself plays.
    await until('the talk after the ad', async () => {
      const s = await playerState(page);
      return !s.adShowing && s.currentTime > 0.5;
    }, { timeout: 15_000 });
    await takeNote(ui, 'Workspaces');
    await waitForNotes(ui, [/Crates as boundaries$/, /Workspaces$/]);
    await ui.click('button', 'Copy Markdown');
    await until('copied', async () => (await ui.text('status')) === 'Copied the notes as Markdown.');
    const markdown = await readClipboard(env.browser, page);
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Scaling Rust, for real', '', 'by Jane Doe and John Roe', '', `[Recording](https://www.youtube.com/watch?v=${rust.id}) · 1:30`,
    ]);
    await closeAll(open);
  });
});
