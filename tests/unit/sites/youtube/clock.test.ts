import { describe, expect, it } from 'vitest';
import { youtubeAdapter as yt } from '@/utils/sites/youtube/watch';
import { youtubeRef } from '@/utils/sites/youtube/id';
import { page, snippet, stubMedia, type MediaState } from '../page';

const ID = 'aaaaaaaaaa1';
const MAIN = 'blob:https://www.youtube.com/main-1';
const AD = 'blob:https://www.youtube.com/ad-7';

/** A watch page whose player video the test drives: it sets the media state, flips the ad class and dispatches events. */
function player(init: Partial<MediaState> = {}) {
  const { doc } = page(`https://www.youtube.com/watch?v=${ID}`, snippet('youtube-watch.html', { ID, TITLE: 'A Talk', CHANNEL: 'C' }));
  const video = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
  const media = stubMedia(video, { currentSrc: MAIN, readyState: 4, duration: 3000, ...init });
  const clock = yt.clock(video, doc, new AbortController().signal);
  const playerEl = doc.querySelector('#movie_player')!;
  /** Moves the media to `t` (and maybe another src) and lets the clock hear a timeupdate. */
  const at = (t: number, src?: string) => {
    video.currentTime = t;
    if (src) Object.assign(video, { currentSrc: src });
    video.dispatchEvent(new Event('timeupdate'));
  };
  const ad = (showing: boolean) => playerEl.classList.toggle('ad-showing', showing);
  return { doc, video, clock, at, ad, plays: media.plays };
}

describe('youtube clock without ads', () => {
  it('reads the video time as talk time', () => {
    const p = player();
    p.at(42.5);
    expect(p.clock.now()).toBe(42.5);
  });

  it('is unknown before the media has metadata', () => {
    const p = player({ readyState: 0 });
    expect(p.clock.now()).toBeNull();
  });

  it('seeks and plays', () => {
    const p = player();
    p.clock.seek(600);
    expect(p.video.currentTime).toBe(600);
    expect(p.plays()).toBe(1);
    expect(p.clock.now()).toBe(600);
  });
});

describe('youtube clock when an ad plays before the recording (pre-roll)', () => {
  function preRoll(url: string) {
    const { doc } = page(url, snippet('youtube-watch.html', { ID, TITLE: 'A Talk', CHANNEL: 'C' }));
    doc.querySelector('#movie_player')!.classList.add('ad-showing');
    const video = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
    stubMedia(video, { currentSrc: AD, readyState: 4, duration: 5 });
    video.currentTime = 3;
    const clock = yt.clock(video, doc, new AbortController().signal);
    video.dispatchEvent(new Event('timeupdate'));
    return { doc, video, clock };
  }

  it('is at the recording start (0:00), not in ad time', () => {
    expect(preRoll(`https://www.youtube.com/watch?v=${ID}`).clock.now()).toBe(0);
  });

  it.each([['90', 90], ['90s', 90], ['1m30s', 90], ['1h2m3s', 3723]])('starts where the URL says, &t=%s', (t, at) => {
    expect(preRoll(`https://www.youtube.com/watch?v=${ID}&t=${t}`).clock.now()).toBe(at);
  });

  it('uses the URL start until the recording gives its own first time', () => {
    const p = preRoll(`https://www.youtube.com/watch?v=${ID}&t=30`);
    p.doc.querySelector('#movie_player')!.classList.remove('ad-showing');
    Object.assign(p.video, { currentSrc: MAIN, readyState: 0 });
    p.video.dispatchEvent(new Event('emptied'));
    expect(p.clock.now()).toBe(30);
    Object.assign(p.video, { readyState: 4 });
    p.video.currentTime = 31.5;
    p.video.dispatchEvent(new Event('timeupdate'));
    expect(p.clock.now()).toBe(31.5);
  });
  it('takes no offset from a client pre-roll whose class drops before its media is replaced (ended or skipped)', () => {
    for (const ended of [true, false]) {
      const p = preRoll(`https://www.youtube.com/watch?v=${ID}&t=45`);
      Object.defineProperty(p.video, 'ended', { configurable: true, get: () => ended });
      p.video.currentTime = 4.2;
      p.doc.querySelector('#movie_player')!.classList.remove('ad-showing');
      p.video.dispatchEvent(new Event(ended ? 'ended' : 'pause'));
      Object.assign(p.video, { currentSrc: MAIN, currentTime: 45 });
      Object.defineProperty(p.video, 'ended', { configurable: true, get: () => false });
      p.video.dispatchEvent(new Event('loadedmetadata'));
      p.video.currentTime = 50;
      p.video.dispatchEvent(new Event('timeupdate'));
      expect(p.clock.now()).toBe(50);
    }
  });
});

describe('youtube clock during a client ad (own media in the same element)', () => {
  it('stays at the talk moment the ad interrupted, never the ad time', () => {
    const p = player();
    p.at(50);
    p.ad(true);
    p.at(3, AD);
    expect(p.clock.now()).toBe(50);
    p.at(14, AD);
    expect(p.clock.now()).toBe(50);
  });

  it('defers a seek until the ad has ended and the recording is loaded again', () => {
    const p = player();
    p.at(50);
    p.ad(true);
    p.at(3, AD);
    p.clock.seek(80);
    expect(p.video.currentTime).toBe(3);
    p.ad(false);
    Object.assign(p.video, { currentSrc: MAIN, readyState: 0 });
    p.video.dispatchEvent(new Event('emptied'));
    expect(p.video.currentTime).toBe(3);
    Object.assign(p.video, { readyState: 1, currentTime: 50 });
    p.video.dispatchEvent(new Event('loadedmetadata'));
    expect(p.video.currentTime).toBe(80);
    expect(p.clock.now()).toBe(80);
  });

  it('adds no offset for a client ad', () => {
    const p = player();
    p.at(50);
    p.ad(true);
    p.at(0, AD);
    p.at(15, AD);
    p.ad(false);
    p.at(50, MAIN);
    p.at(70);
    expect(p.clock.now()).toBe(70);
  });
});

describe('youtube clock with a server-stitched ad (counted inside the recording\'s time)', () => {
  /** Talk runs to video 100, a 15 s ad is stitched in at 100–115, the talk goes on. */
  function stitched() {
    const p = player();
    p.at(100);
    p.ad(true);
    p.at(100);
    p.at(107);
    expect(p.clock.now()).toBe(100);
    p.at(114.9);
    p.ad(false);
    p.at(115);
    return p;
  }

  it('takes the ad\'s length out of every later moment', () => {
    const p = stitched();
    expect(p.clock.now()).toBe(100);
    p.at(130);
    expect(p.clock.now()).toBe(115);
  });

  it('leaves earlier moments alone', () => {
    const p = stitched();
    p.at(60);
    expect(p.clock.now()).toBe(60);
  });

  it('maps a seek past the ad back to video time', () => {
    const p = stitched();
    p.clock.seek(200);
    expect(p.video.currentTime).toBe(215);
    p.clock.seek(100);
    expect(p.video.currentTime).toBe(115);
    p.clock.seek(99);
    expect(p.video.currentTime).toBe(99);
  });

  it('adds up several ads, each where it happened', () => {
    const p = stitched();
    p.at(300);
    p.ad(true);
    p.at(300);
    p.at(319);
    p.ad(false);
    p.at(320);
    p.at(400);
    expect(p.clock.now()).toBe(365);
    p.clock.seek(290);
    expect(p.video.currentTime).toBe(325);
  });

  it('counts an ad replayed after seeking back only once', () => {
    const p = stitched();
    p.at(90);
    p.at(100);
    p.ad(true);
    p.at(100);
    p.at(114.9);
    p.ad(false);
    p.at(115);
    p.at(130);
    expect(p.clock.now()).toBe(115);
  });

  it('takes stitched ads out of the duration readMeta reports', () => {
    const p = stitched();
    const url = new URL(p.doc.URL);
    expect(yt.readMeta(youtubeRef(ID), url, p.doc).duration).toBe(2985);
  });

  it('forgets the offsets when the page moves to another video', () => {
    const p = stitched();
    p.doc.defaultView!.history.pushState({}, '', '/watch?v=bbbbbbbbbb2');
    for (const el of Array.from(p.doc.querySelectorAll('[video-id]'))) el.setAttribute('video-id', 'bbbbbbbbbb2');
    p.at(130);
    expect(p.clock.now()).toBe(130);
  });
});

describe('youtube clock with a stitched ad it did not see whole', () => {
  /**
   * A watch page whose media holds a 5 s ad at its start (video 0–5, the talk from 5), its
   * player showing the talk's time on the progress bar as YouTube's does; `from` is where the
   * clock is made: before the ad, in it, or after it.
   */
  function preRoll(from: number) {
    const { doc } = page(`https://www.youtube.com/watch?v=${ID}`, snippet('youtube-watch.html', { ID, TITLE: 'A Talk', CHANNEL: 'C' }));
    const root = doc.querySelector('#movie_player')!;
    const bar = doc.createElement('div');
    bar.className = 'ytp-progress-bar';
    root.append(bar);
    const video = doc.querySelector<HTMLVideoElement>('#movie_player video')!;
    stubMedia(video, { currentSrc: MAIN, readyState: 4, duration: 3005, paused: false });
    /** The media at `t`: the ad class and the bar as the player draws them, then a timeupdate. */
    const at = (t: number) => {
      video.currentTime = t;
      root.classList.toggle('ad-showing', t < 5);
      bar.setAttribute('aria-valuenow', String(Math.floor(t < 5 ? t : t - 5)));
      bar.setAttribute('aria-valuemax', t < 5 ? '5' : '3000');
      video.dispatchEvent(new Event('timeupdate'));
    };
    at(from);
    const clock = () => yt.clock(video, doc, new AbortController().signal);
    return { video, bar, at, clock: clock(), another: clock };
  }

  it('seen from its start: a note 16.5 s into the talk is at 16.5, not 21.5', () => {
    const p = preRoll(0);
    for (const t of [0, 2, 4.9, 5, 21.5]) p.at(t);
    expect(p.clock.now()).toBe(16.5);
  });

  it('made during it: the bar after it tells where the ad began', () => {
    const p = preRoll(2.2);
    expect(p.clock.now()).toBe(0);
    for (const t of [3, 4.9, 5, 19.75, 21.5]) p.at(t);
    expect(p.clock.now()).toBe(16.5);
  });

  it('made after it: learnt from the bar while the talk plays', () => {
    const p = preRoll(30);
    expect(p.clock.now()).toBe(30);
    p.at(30.25);
    p.at(31);
    expect(p.clock.now()).toBe(31); // one reading may be a display not yet redrawn
    p.at(32.5);
    expect(p.clock.now()).toBe(27.25); // whole seconds shown: from the reading at 30.25, the ad taken as 5.25 s long
    p.at(33);
    p.at(34.75);
    expect(p.clock.now()).toBe(29.75); // the display ticked to 0:28 at 33: 5 s exactly
  });

  it('believes no display that is not redrawn while the talk plays', () => {
    const p = preRoll(0);
    for (const t of [2, 4.9, 5, 40]) p.at(t); // the bar says 35
    for (const t of [40.5, 41, 42, 43, 44]) {
      p.video.currentTime = t;
      p.video.dispatchEvent(new Event('timeupdate'));
    }
    expect(p.clock.now()).toBe(39);
  });

  it('seeks and highlights in talk time on every clock of the element, the ad long gone', () => {
    const p = preRoll(0);
    for (const t of [2, 4.9, 5, 40]) p.at(t);
    const fresh = p.another();
    fresh.seek(16);
    expect(p.video.currentTime).toBe(21);
    expect(fresh.now()).toBe(16);
  });

  it('believes no single reading: a bar not yet redrawn after a seek changes nothing', () => {
    const p = preRoll(0);
    for (const t of [2, 4.9, 5, 40]) p.at(t);
    p.video.currentTime = 100;
    p.video.dispatchEvent(new Event('timeupdate')); // the bar still says 35
    p.at(101.75);
    expect(p.clock.now()).toBe(96.75);
  });

  it('trusts no display that counts more ad time than the media holds beyond the talk (a live stream)', () => {
    const p = preRoll(30);
    Object.assign(p.video, { duration: 3000 });
    p.at(30.25);
    p.at(32);
    expect(p.clock.now()).toBe(32);
  });
});
