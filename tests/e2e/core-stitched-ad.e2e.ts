// A YouTube watch page whose ad is stitched into the recording's media on the server: the ad's
// seconds are part of the <video>'s own timeline (currentTime counts them), the player carries
// #movie_player.ad-showing while it plays, and afterwards its progress bar (aria-valuenow) and
// time display give the talk's time. Stamps, the current-note highlight and seeks follow the
// talk's time, not the media's.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import type { BrowserPage as Page } from './harness/types';
import { until } from './harness/wait';
import { watchUrl } from './harness/youtube';
import { exportMarkdown, media, near, noteLinks, pauseAt, playing, takeNote } from './sites-steps';
import { openSidebar } from './core-steps';

const env = useBrowser();
const VIDEO = '#movie_player video.html5-main-video';
const TALK = 'sT1tchedAd5';
const AD = 5;

/**
 * Plays on (at twice the speed) and pauses by itself once the media passes `at`: no seek, as a
 * viewer pausing. The last second before it plays at half speed: a frame late on a busy machine
 * then overshoots by a quarter of what it would at twice the speed.
 */
async function playAndPauseAt(page: Page, at: number): Promise<number> {
  await page.evaluate((t) => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    const frame = () => {
      if (video.currentTime >= t) video.pause();
      else {
        if (video.currentTime >= t - 1 && video.playbackRate !== 0.5) video.playbackRate = 0.5;
        requestAnimationFrame(frame);
      }
    };
    requestAnimationFrame(frame);
    video.playbackRate = 2;
    void video.play();
  }, at);
  const paused = await until(`the pause at ${at} s`, async () => {
    const m = await media(page, VIDEO);
    return m.paused && m.time >= at ? m : undefined;
  }, { timeout: 20_000 });
  return paused.time;
}

describe('a server-stitched ad', () => {
  it('is taken out of the note’s stamp, the current-note highlight and the seek', async () => {
    const page = await env.browser.newPage(watchUrl(TALK, { ssai: `0:${AD}` }));
    const ui = await env.browser.ui(page);
    await openSidebar(ui);
    await ui.waitFor('textbox', 'Talk title', { timeout: 10_000 });
    await until('the stitched ad', () => page.evaluate(() => document.querySelector('#movie_player')!.classList.contains('ad-showing')));

    // 16.5 s into the talk is 21.5 s into the media.
    const time = await playAndPauseAt(page, AD + 16.5);
    expect(time - AD).toBeLessThan(17);
    expect(await page.evaluate(() => document.querySelector('.ytp-progress-bar')!.getAttribute('aria-valuenow'))).toBe('16');
    await takeNote(ui, 'after the stitched ad', '0:16');

    // The note is the current one from talk time 16 s on: media 22 s, not media 16 s.
    const current = () => ui.texts('li.note.current');
    await pauseAt(page, VIDEO, 18);
    await until('no current note at talk time 13 s', async () => (await current()).length === 0);
    await pauseAt(page, VIDEO, 22);
    await until('the note current at talk time 17 s', async () => (await current()).length === 1);

    await pauseAt(page, VIDEO, 60);
    await ui.click('button', 'Play from 0:16');
    near((await playing(page, VIDEO, AD + 16)).time, AD + 16, 1.5);

    expect(noteLinks(await exportMarkdown(env, `youtube:${TALK}`))).toEqual([`https://www.youtube.com/watch?v=${TALK}&t=16s`]);
    await ui.dispose();
    await page.close();
  });
});
