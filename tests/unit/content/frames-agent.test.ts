import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameReport } from '@/utils/messages/frames';
import { runFrameAgent } from '@/utils/content/frames-agent';
import { youtubeEmbedAdapter } from '@/utils/sites/youtube/embed';
import { page, stubMedia } from '../sites/page';

const EMBED = `<div id="movie_player"><div class="html5-video-container"><video class="html5-main-video"></video></div>
  <a class="ytp-title-link" href="https://www.youtube.com/watch?v=wCa-2016Amx">When Containers Attack – Anne Currie</a></div>`;
const CAPTION = `<div class="ytp-caption-window-container"><div class="caption-window"><span class="captions-text">
  <span class="caption-visual-line"><span class="ytp-caption-segment">Words in</span></span>
  <span class="caption-visual-line"><span class="ytp-caption-segment">the frame</span></span></span></div></div>`;
const fromUs = { id: fakeBrowser.runtime.id };
const event = (m: object) => fakeBrowser.runtime.onMessage.trigger(m, fromUs, () => {});

function setUp() {
  const { doc } = page('https://www.youtube-nocookie.com/embed/wCa-2016Amx', EMBED);
  const video = doc.querySelector('video')!;
  const media = stubMedia(video, { currentTime: 12, duration: 90, currentSrc: 'https://www.youtube-nocookie.com/v.webm' });
  const sent: (FrameReport | null)[] = [];
  const scope = new AbortController();
  runFrameAgent(youtubeEmbedAdapter, scope.signal, doc, async (r) => void sent.push(r));
  return { doc, video, media, sent, scope };
}

afterEach(() => fakeBrowser.reset());

describe('the script in a player’s frame', () => {
  it('says nothing until the page around it asks', async () => {
    const { video, sent, scope } = setUp();
    video.dispatchEvent(new Event('play'));
    video.dispatchEvent(new Event('timeupdate'));
    expect(sent).toEqual([]);
    scope.abort();
  });

  it('then reports the talk and its time, and again on play, pause and seek', async () => {
    const { video, sent, scope } = setUp();
    await event({ event: 'frame.probe' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ meta: { platform: 'youtube', videoId: 'wCa-2016Amx', title: 'When Containers Attack' }, time: 12, paused: true });
    video.currentTime = 30;
    video.dispatchEvent(new Event('seeked'));
    expect(sent.at(-1)).toMatchObject({ time: 30 });
    scope.abort();
  });

  it('answers the caption its player shows, only once the page around it asked for its player', async () => {
    const { doc, sent, scope } = setUp();
    // As a browser asks: the listener keeps the channel open (returns true) and answers through sendResponse.
    const ask = () =>
      new Promise((resolve, reject) => {
        void fakeBrowser.runtime.onMessage.trigger({ event: 'frame.caption' }, fromUs, resolve).then((returned: unknown[]) => {
          if (!returned.includes(true)) reject(new Error(`no listener kept the channel open: ${JSON.stringify(returned)}`));
        });
      });
    doc.querySelector('#movie_player')!.insertAdjacentHTML('beforeend', CAPTION);
    expect(await ask()).toBeNull();
    await event({ event: 'frame.probe' });
    expect(sent).toHaveLength(1);
    expect(await ask()).toEqual({ text: 'Words in the frame', ago: 0 });
    // Anything else is not this frame's to answer.
    expect((await fakeBrowser.runtime.onMessage.trigger({ event: 'frame.probe' }, fromUs, () => {})).filter((r: unknown) => r !== undefined)).toEqual([]);
    scope.abort();
  });

  it('obeys seek and play from the page around it, once asked', async () => {
    const { video, media, scope } = setUp();
    await event({ event: 'frame.control', control: { action: 'seek', at: 40 } });
    expect(video.currentTime).toBe(12);
    await event({ event: 'frame.probe' });
    await event({ event: 'frame.control', control: { action: 'seek', at: 40 } });
    expect(video.currentTime).toBe(40);
    expect(media.plays()).toBeGreaterThan(0);
    scope.abort();
  });
});
