// Capture: the moment of a note is the first keystroke's (minus the rewind shown in
// the UI), Alt+Shift+N reaches the box from anywhere, Enter / Shift+Enter / Escape, kinds by
// keyboard and mouse, and pause-while-typing (off by default).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { playerState, TALKS } from './harness/youtube';
import { closeAll, focusNoteBox, seconds, seekVideo, shownNotes, videoTime, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const talk = TALKS[0]!;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe('capturing a note', () => {
  it('stamps the note at the first keystroke, not at Enter', async () => {
    const open = await openWatch(env, talk.id);
    const { page, ui } = open;
    await seekVideo(page, 10);
    await focusNoteBox(ui);
    expect(await ui.css('#tn-moment').text()).toBe('The moment is taken at your first key');

    const before = await videoTime(page);
    await ui.type('D');
    const after = await videoTime(page);
    const shown = await until('the moment shown', async () => /^Note at (\d+:\d\d)$/.exec(await ui.css('#tn-moment').text())?.[1]);
    await sleep(2000);
    await ui.type('iversity is key to innovation');
    const atEnter = await videoTime(page);
    expect(atEnter - before).toBeGreaterThan(1.8); // the video played on while typing
    await ui.press('Enter');

    const [row] = await waitForNotes(ui, [/^\d:\d\d Diversity is key to innovation$/]);
    const label = row!.split(' ')[0]!;
    expect(label).toBe(shown);
    expect(seconds(label)).toBeGreaterThanOrEqual(Math.floor(before) - 1);
    expect(seconds(label)).toBeLessThanOrEqual(after + 1);
    expect(Math.abs(seconds(label) - before)).toBeLessThanOrEqual(1);
    expect(await ui.value('textbox', 'Note')).toBe('');
    await closeAll(open);
  });

  it('takes off the rewind chosen in Options, and shows it', async () => {
    const open = await openWatch(env, talk.id);
    const { page, ui } = open;
    await ui.click('DisclosureTriangle', 'Options');
    await ui.get('combobox', 'Rewind').focus();
    await ui.type('5');
    await until('rewind 5 s chosen', async () => (await ui.value('combobox', 'Rewind')) === '5');
    await seekVideo(page, 20);

    await focusNoteBox(ui);
    expect(await ui.css('#tn-moment').text()).toContain('rewind 5 s');
    // The first key lands between these two readings of the player's time (under load, seconds
    // can pass between them): its moment, less the rewind, is the note's.
    const before = await videoTime(page);
    await ui.type('S');
    const after = await videoTime(page);
    await ui.type('pecialization');
    await sleep(1500);
    await ui.type(' enhances production');
    await ui.press('Enter');
    const row = await until('the note in the list', async () => (await shownNotes(ui)).find((r) => r.endsWith('Specialization enhances production')));
    const stamp = seconds(row.split(' ')[0]!);
    expect(stamp).toBeGreaterThanOrEqual(Math.floor(before) - 5);
    expect(stamp).toBeLessThanOrEqual(Math.ceil(after) - 5);

    // The setting is kept: a reload shows it again. Back to 0 for the other tests.
    await page.reload();
    await ui.waitFor('region', 'Talk notes');
    await ui.click('DisclosureTriangle', 'Options');
    expect(await ui.value('combobox', 'Rewind')).toBe('5');
    await ui.get('combobox', 'Rewind').focus();
    await ui.type('0');
    await until('rewind 0 s chosen', async () => (await ui.value('combobox', 'Rewind')) === '0');
    await closeAll(open);
  });

  it('reaches the note box from anywhere with Alt+Shift+N; Shift+Enter adds a line; Escape keeps the draft', async () => {
    const open = await openWatch(env, TALKS[1]!.id);
    const { page, ui } = open;
    // Focus in the page's own search box, far from the sidebar.
    await page.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.focus());
    await focusNoteBox(ui);
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('search');

    await ui.type('first line');
    await ui.press('Shift+Enter');
    await ui.type('second line');
    expect(await ui.value('textbox', 'Note')).toBe('first line\nsecond line');
    await ui.press('Escape');
    await until('the note box left', async () => !(await ui.get('textbox', 'Note').focused()));
    expect(await ui.value('textbox', 'Note')).toBe('first line\nsecond line');
    expect(await shownNotes(ui)).toEqual([]);

    // Back in, the draft is still there; Enter saves it whole.
    await page.evaluate(() => document.querySelector<HTMLInputElement>('#search')!.focus());
    await focusNoteBox(ui);
    expect(await ui.value('textbox', 'Note')).toBe('first line\nsecond line');
    await ui.press('End');
    await ui.press('Enter');
    await waitForNotes(ui, [/^\d:\d\d first line second line$/]);
    expect(await ui.css('.note .text').text()).toBe('first line\nsecond line');
    await closeAll(open);
  });

  it('chooses the kind with Alt+1…5 and with the mouse, and the list shows it', async () => {
    const open = await openWatch(env, TALKS[4]!.id);
    const { page, ui } = open;
    expect(await ui.all('radio')).toEqual(['Note', 'Quote', 'Question', 'My thought', 'Tip']);
    expect(await ui.getAttribute('radio', 'Note', 'aria-checked')).toBe('true');

    await focusNoteBox(ui);
    await ui.press('Alt+2');
    expect(await ui.getAttribute('radio', 'Quote', 'aria-checked')).toBe('true');
    expect(await ui.get('textbox', 'Note').focused()).toBe(true);
    await ui.type('Conference speakers are professional enthusiasts');
    await ui.press('Enter');
    // The kind shows as a small capitalised label; a quote shows in curly quotes.
    await waitForNotes(ui, [/^0:0\d QUOTE “ Conference speakers are professional enthusiasts ”$/]);
    expect(await ui.getAttribute('radio', 'Note', 'aria-checked')).toBe('true'); // the next note is a plain one again

    await seekVideo(page, 30);
    await ui.click('radio', 'Question');
    expect(await ui.get('textbox', 'Note').focused()).toBe(true);
    await ui.type('Is the modern equivalent cloud services?');
    await ui.press('Enter');

    await seekVideo(page, 40);
    await focusNoteBox(ui);
    await ui.press('Alt+4');
    await ui.type('Worth a second look');
    await ui.press('Enter');

    await seekVideo(page, 50);
    await focusNoteBox(ui);
    await ui.press('Alt+5');
    expect(await ui.getAttribute('radio', 'Tip', 'aria-checked')).toBe('true');
    await ui.type('Read the overview first');
    await ui.press('Enter');
    await waitForNotes(ui, [
      /^0:0\d QUOTE “ Conference speakers are professional enthusiasts ”$/,
      /^0:3\d QUESTION Is the modern equivalent cloud services\?$/,
      /^0:4\d MY THOUGHT Worth a second look$/,
      /^0:5\d TIP Read the overview first$/,
    ]);
    await closeAll(open);
  });

  it('pauses while typing only when asked to (off by default)', async () => {
    const open = await openWatch(env, 'pauseTyping');
    const { page, ui } = open;
    await ui.click('DisclosureTriangle', 'Options');
    await focusNoteBox(ui);
    await ui.type('keeps playing');
    await sleep(300);
    expect((await playerState(page)).paused).toBe(false);
    await ui.press('Enter');

    await ui.click('checkbox', 'Pause while typing');
    await focusNoteBox(ui);
    await ui.type('pauses');
    await until('the video paused', async () => (await playerState(page)).paused);
    await ui.press('Enter');
    await until('the video playing again', async () => !(await playerState(page)).paused);
    await waitForNotes(ui, [/ keeps playing$/, / pauses$/]);

    await ui.click('checkbox', 'Pause while typing'); // off again for later files sharing nothing, but tidy
    await closeAll(open);
  });
});
