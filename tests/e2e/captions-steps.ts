// Captions on screen as the players draw them: YouTube's own caption window (written from the
// shape its player publishes, tests/fixtures/youtube/caption-window.html), a <track> of a real
// WebVTT file on a plain <video>.
import { readFileSync } from 'node:fs';
import type { BrowserPage as Page } from './harness/types';
import { until } from './harness/wait';
import { pauseAt } from './sites-steps';

const CAPTION_WINDOW = readFileSync(new URL('../fixtures/youtube/caption-window.html', import.meta.url), 'utf8');

/** Puts YouTube's caption window, showing the fixture's caption, into the watch page's player. */
export function showYoutubeCaption(page: Page): Promise<unknown> {
  return page.evaluate((html) => {
    const player = document.querySelector('#movie_player')!;
    player.querySelector('.ytp-caption-window-container')?.remove();
    player.insertAdjacentHTML('beforeend', html);
  }, CAPTION_WINDOW);
}

/** Adds the fixture's WebVTT file as the showing subtitles of the video `selector` finds, once loaded. */
export async function showTrack(page: Page, selector: string): Promise<void> {
  await page.evaluate(async (sel) => {
    const video = document.querySelector<HTMLVideoElement>(sel)!;
    const track = document.createElement('track');
    track.kind = 'subtitles';
    track.srclang = 'en';
    track.label = 'English';
    track.src = '/__fixtures/media/captions.vtt';
    const loaded = new Promise<void>((resolve, reject) => {
      track.addEventListener('load', () => resolve());
      track.addEventListener('error', () => reject(new Error('the track did not load')));
    });
    video.append(track);
    track.track.mode = 'showing';
    await loaded;
  }, selector);
}

/** Pauses the video `selector` finds at `at` and waits until the browser shows the cues of that moment. */
export async function pauseInCue(page: Page, selector: string, at: number): Promise<void> {
  await pauseAt(page, selector, at);
  await until(`a cue showing at ${at} s`, () =>
    page.evaluate((sel) => {
      const v = document.querySelector<HTMLVideoElement>(sel)!;
      return (v.textTracks[0]?.activeCues?.length ?? 0) > 0 || undefined;
    }, selector),
  );
}
