// The caption on screen becomes a quote in the note box, stamped where the caption began: on
// YouTube (its own caption window) by Alt+Shift+C, on a plain <video> (a WebVTT <track>) by the
// sidebar's Caption button; with no caption showing, the status line says so.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { TALKS } from './harness/youtube';
import { closeAll, pauseAt, waitForNotes, openWatch } from './core-steps';
import { openByButton } from './sites-steps';
import { pauseInCue, showTrack, showYoutubeCaption } from './captions-steps';

const env = useBrowser({ hosts: ['conf.example'] });
const NO_CAPTION = 'No caption on screen: turn on the video’s captions (CC) and try again while one shows.';

describe('the caption on screen', () => {
  it('on YouTube: Alt+Shift+C puts it in the box as a quote at the moment it appeared', async () => {
    const open = await openWatch(env, TALKS[0]!.id);
    const { page, ui } = open;
    await pauseAt(page, 20);
    await ui.click('button', /^Caption/);
    await until('no caption said', async () => (await ui.text('status')) === NO_CAPTION);
    expect(await ui.value('textbox', 'Note')).toBe('');

    // The caption appears at 0:20; the viewer takes it three seconds later.
    await showYoutubeCaption(page);
    await pauseAt(page, 23);
    await ui.press('Alt+Shift+C');
    await until('the caption in the box', async () => (await ui.value('textbox', 'Note')) !== '');
    expect(await ui.value('textbox', 'Note')).toBe('Conference speakers are professional enthusiasts & <b>friends</b>');
    expect(await ui.css('#tn-moment').text()).toBe('Note at 0:20');
    expect(await ui.getAttribute('radio', 'Quote', 'aria-checked')).toBe('true');
    expect(await ui.get('textbox', 'Note').focused()).toBe(true);
    expect(await ui.text('status')).toBe('');
    await ui.press('Enter');
    await waitForNotes(ui, ['0:20 QUOTE “ Conference speakers are professional enthusiasts & <b>friends</b> ”']);
    await closeAll(open);
  });

  it('on a plain <video>: the Caption button reads the showing WebVTT cue, stamped at its start', async () => {
    const PLAYER = 'video.recording';
    const { page, ui } = await openByButton(env, 'https://conf.example/keynote.html', PLAYER);
    await showTrack(page, PLAYER);
    await pauseInCue(page, PLAYER, 14.5);
    await ui.click('button', /^Caption/);
    await until('the caption in the box', async () => (await ui.value('textbox', 'Note')) !== '');
    expect(await ui.value('textbox', 'Note')).toBe('Diversity is key to innovation & growth.');
    expect(await ui.css('#tn-moment').text()).toBe('Note at 0:10');
    await ui.press('Enter');
    await waitForNotes(ui, ['0:10 QUOTE “ Diversity is key to innovation & growth. ”']);

    // Between cues nothing shows: said, and the box stays empty.
    await page.evaluate((sel) => {
      document.querySelector<HTMLVideoElement>(sel)!.currentTime = 25;
    }, PLAYER);
    await until('no cue', () => page.evaluate((sel) => document.querySelector<HTMLVideoElement>(sel)!.textTracks[0]!.activeCues!.length === 0 || undefined, PLAYER));
    await ui.click('button', /^Caption/);
    await until('no caption said', async () => (await ui.text('status')) === NO_CAPTION);
    expect(await ui.value('textbox', 'Note')).toBe('');
    await ui.dispose();
    await page.close();
  });
});
