import { describe, expect, it } from 'vitest';
import { allVideos, measureVideo, pickMainVideo, type VideoLook } from '@/utils/sites/player/main-video';
import { page } from '../page';

/** happy-dom has no layout: sizes come from data-w/data-h, visibility from data-hidden. */
const measure = (v: HTMLVideoElement): VideoLook => ({
  width: Number(v.dataset['w'] ?? 0),
  height: Number(v.dataset['h'] ?? 0),
  visible: v.dataset['hidden'] === undefined,
});

function videos(html: string): { doc: Document; list: HTMLVideoElement[] } {
  const { doc } = page('https://talks.example.org/', html);
  const list = Array.from(doc.querySelectorAll('video'));
  for (const v of list) {
    // Playback state is not an attribute: the test marks playing videos with data-playing.
    Object.defineProperty(v, 'paused', { configurable: true, get: () => v.dataset['playing'] === undefined });
  }
  return { doc, list };
}

const pick = (html: string) => pickMainVideo(videos(html).list, measure)?.id ?? null;

describe('pickMainVideo', () => {
  it.each([
    ['the largest visible one', '<video id="small" data-w="320" data-h="180"></video><video id="big" data-w="960" data-h="540"></video>', 'big'],
    ['a playing one over a larger paused one', '<video id="big" data-w="960" data-h="540"></video><video id="on" data-playing data-w="640" data-h="360"></video>', 'on'],
    ['one playing with sound over one playing muted', '<video id="m" muted data-playing data-w="960" data-h="540"></video><video id="s" data-playing data-w="640" data-h="360"></video>', 's'],
    ['not a muted looping decoy, however large', '<video id="loop" muted loop autoplay data-playing data-w="1920" data-h="600"></video><video id="talk" data-w="640" data-h="360"></video>', 'talk'],
    ['not a tiny preview', '<video id="thumb" data-playing data-w="160" data-h="90"></video><video id="talk" data-w="640" data-h="360"></video>', 'talk'],
    ['not a hidden one', '<video id="hidden" data-hidden data-playing data-w="1280" data-h="720"></video><video id="talk" data-w="640" data-h="360"></video>', 'talk'],
    ['nothing when only decoys are left', '<video muted loop data-w="1280" data-h="720"></video><video data-w="100" data-h="60"></video>', null],
    ['nothing on a page without video', '<p>No video</p>', null],
  ])('picks %s', (_, html, id) => {
    expect(pick(html)).toBe(id);
  });
});

describe('allVideos', () => {
  it('finds videos inside open shadow roots too', () => {
    const { doc } = videos('<div id="host"></div><video id="light"></video>');
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<video id="shadowed"></video>';
    expect(allVideos(doc).map((v) => v.id)).toEqual(['light', 'shadowed']);
  });
});

describe('measureVideo', () => {
  it.each([
    ['<video id="v"></video>', true],
    ['<video id="v" style="display: none"></video>', false],
    ['<video id="v" style="visibility: hidden"></video>', false],
    ['<video id="v" style="opacity: 0"></video>', false],
    ['<div hidden><video id="v"></video></div>', false],
  ])('says %s is visible: %s', (html, visible) => {
    const { doc } = page('https://a.example/', html);
    expect(measureVideo(doc.getElementById('v') as HTMLVideoElement).visible).toBe(visible);
  });
});
