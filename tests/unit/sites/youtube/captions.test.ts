import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchYoutubeCaptions, youtubeCaptionText } from '@/utils/sites/youtube/captions';
import { page, stubMedia } from '../page';

const CAPTION = readFileSync(resolve('tests/fixtures/youtube/caption-window.html'), 'utf8');
const PLAYER = (captions: string) => `
  <div id="movie_player" class="html5-video-player">
    <div class="html5-video-container"><video class="video-stream html5-main-video"></video></div>
    ${captions}
  </div>
  <div id="inline-preview-player" class="html5-video-player">
    <video></video>
    <div class="ytp-caption-window-container"><div class="caption-window"><span class="captions-text">
      <span class="caption-visual-line"><span class="ytp-caption-segment">a preview’s caption</span></span>
    </span></div></div>
  </div>`;

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('YouTube’s captions', () => {
  it('reads the lines of the caption on screen, joined with spaces, as text', () => {
    const { doc } = page('https://www.youtube.com/watch?v=abcdefghijk', PLAYER(CAPTION));
    expect(youtubeCaptionText(doc.querySelector('#movie_player')!)).toBe('Conference speakers are professional enthusiasts & <b>friends</b>');
  });

  it('reads nothing when no caption shows', () => {
    const { doc } = page('https://www.youtube.com/watch?v=abcdefghijk', PLAYER('<div class="ytp-caption-window-container"></div>'));
    expect(youtubeCaptionText(doc.querySelector('#movie_player')!)).toBe('');
  });

  it('stamps a caption at the video time it appeared, and a rolling caption at its first words', async () => {
    const { doc } = page('https://www.youtube.com/watch?v=abcdefghijk', PLAYER('<div class="ytp-caption-window-container"></div>'));
    const video = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
    stubMedia(video, { currentTime: 40 });
    const read = watchYoutubeCaptions(video, doc, new AbortController().signal);
    expect(read()).toBeNull();

    video.currentTime = 42.5;
    doc.querySelector('#movie_player .ytp-caption-window-container')!.outerHTML = CAPTION;
    await flush();
    video.currentTime = 44;
    expect(read()).toEqual({ text: 'Conference speakers are professional enthusiasts & <b>friends</b>', ago: 1.5 });

    // Auto-generated captions add words to what shows: still the caption that began at 42.5.
    doc.querySelectorAll('#movie_player .ytp-caption-segment')[2]!.textContent += ' indeed';
    await flush();
    video.currentTime = 45;
    expect(read()).toEqual({ text: 'Conference speakers are professional enthusiasts & <b>friends</b> indeed', ago: 2.5 });

    // Another caption replaces it: it began when it appeared.
    doc.querySelector('#movie_player .caption-visual-line .ytp-caption-segment')!.textContent = 'Next';
    await flush();
    video.currentTime = 46;
    expect(read()).toEqual({ text: 'Next professional enthusiasts & <b>friends</b> indeed', ago: 1 });
  });

  it('takes a caption that showed before watching began as starting now', () => {
    const { doc } = page('https://www.youtube.com/watch?v=abcdefghijk', PLAYER(CAPTION));
    const video = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
    stubMedia(video, { currentTime: 12 });
    const read = watchYoutubeCaptions(video, doc, new AbortController().signal);
    expect(read()).toEqual({ text: 'Conference speakers are professional enthusiasts & <b>friends</b>', ago: 0 });
  });
});
