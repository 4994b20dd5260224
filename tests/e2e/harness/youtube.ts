// The YouTube fixture from a test's side: its talks, its URLs, and what its player shows.
import { readFileSync } from 'node:fs';
import type { BrowserPage as Page } from './types';
import { until, type WaitOptions } from './wait';

export interface FixtureTalk {
  id: string;
  title: string;
  channel: string;
  handle: string;
  publishDate: string;
  description: string;
  /** An ad plays before the talk. */
  ad?: boolean;
}

export const TALKS: readonly FixtureTalk[] = JSON.parse(
  readFileSync(new URL('../../fixtures/youtube/talks.json', import.meta.url), 'utf8'),
);

export function fixtureTalk(id: string): FixtureTalk {
  const found = TALKS.find((t) => t.id === id);
  if (!found) throw new Error(`no fixture talk ${id}`);
  return found;
}

/** `https://www.youtube.com/watch?v=ID` plus query parameters (t, ad=1, lag, dark=1, theater=1). */
export function watchUrl(id: string, params: Record<string, string> = {}): string {
  return `https://www.youtube.com/watch?${new URLSearchParams({ v: id, ...params })}`;
}

export interface PlayerState {
  /** ytd-watch-flexy[video-id]. */
  videoId: string | null;
  src: string;
  currentTime: number;
  duration: number;
  paused: boolean;
  adShowing: boolean;
  /** The visible title (h1), which lags behind navigation. */
  heading: string;
  documentTitle: string;
}

export function playerState(page: Page): Promise<PlayerState> {
  return page.evaluate(() => {
    const video = document.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video')!;
    return {
      videoId: document.querySelector('ytd-watch-flexy')?.getAttribute('video-id') ?? null,
      src: video.currentSrc || video.src,
      currentTime: video.currentTime,
      duration: video.duration,
      paused: video.paused,
      adShowing: document.querySelector('#movie_player')!.classList.contains('ad-showing'),
      heading: document.querySelector('#title h1 yt-formatted-string')?.textContent ?? '',
      documentTitle: document.title,
    };
  });
}

/** Waits until the main video plays past `seconds` (of whatever it plays: talk or ad). */
export function waitForPlayback(page: Page, seconds = 0.5, options: WaitOptions = { timeout: 15_000 }): Promise<PlayerState> {
  return until(`the video to play past ${seconds} s`, async () => {
    const state = await playerState(page);
    return !state.paused && state.currentTime > seconds ? state : undefined;
  }, { interval: 100, ...options });
}

/** Clicks the related-video link to `id`, which navigates in the page as YouTube does. */
export async function clickRelated(page: Page, id: string): Promise<void> {
  await page.click(`#related a[href="/watch?v=${id}"]`);
}
