import { parseMoment } from '@/utils/formats/time';
import type { TalkClock } from '@/utils/sites/types';
import { isAdShowing } from '@/utils/sites/youtube/dom';
import { currentVideoId } from '@/utils/sites/youtube/nav';
import { playQuietly } from '@/utils/sites/player/simple-clock';
import { addStitch, stitchedBefore, talkToVideo, videoToTalk, type Stitch } from '@/utils/sites/youtube/stitches';

/** Events after which `currentTime`, `src` or the ad state may have changed. */
const MEDIA_EVENTS = ['timeupdate', 'seeking', 'seeked', 'playing', 'pause', 'loadedmetadata', 'emptied', 'durationchange'];

interface AdRun {
  /** Video time of the first sample that saw the ad. */
  startVideo: number;
  lastVideo: number;
  src: string;
  /** The ad plays inside the recording's own media (server-stitched), not in a media of its own. */
  stitched: boolean;
}

const stitchesByVideo = new WeakMap<HTMLVideoElement, Stitch[]>();

/** Where a watch URL starts the recording (`&t=90`, `90s`, `1m30s`, `1h2m3s`), 0 without one. */
export function youtubeStartTime(url: string): number {
  let t: string | null = null;
  try {
    t = new URL(url).searchParams.get('t');
  } catch {
    return 0;
  }
  return (t && parseMoment(t)) || 0;
}

/** Seconds of stitched ads the clock on `video` has seen so far: they are counted in `video.duration`. */
export function knownStitchedSeconds(video: HTMLVideoElement): number {
  return stitchedBefore(stitchesByVideo.get(video) ?? [], Infinity);
}

/**
 * Talk time on YouTube's player. While an ad shows (`#movie_player.ad-showing`), `currentTime`
 * is the ad's: `now()` stays at the talk moment the ad interrupted, and `seek()` waits for the
 * ad's end. A client ad plays another media in the same element; a server-stitched ad plays
 * inside the recording's own media (same src, time running on), so its length is remembered
 * where it happened and taken out of every later time, and added back when seeking.
 */
export function youtubeClock(
  video: HTMLVideoElement,
  doc: Document,
  signal: AbortSignal,
  adShowing: () => boolean = () => isAdShowing(doc),
  talkKey: () => string | null = () => currentVideoId(doc),
  startAt: () => number = () => youtubeStartTime(doc.URL),
): TalkClock {
  let key: string | null | undefined;
  /** An ad played before the recording gave any sample: the talk's moment is where it will start. */
  let adFirst = false;
  let stitches: Stitch[] = [];
  let lastTalk: number | null = null;
  let lastVideo = 0;
  let mainSrc = '';
  let ad: AdRun | null = null;
  let pendingSeek: number | null = null;

  function reset(k: string | null): void {
    key = k;
    stitches = [];
    stitchesByVideo.set(video, stitches);
    lastTalk = null;
    adFirst = false;
    mainSrc = '';
    ad = null;
    pendingSeek = null;
  }

  function sample(event?: Event): void {
    // A seek moves currentTime by a jump that is not playback: never part of an ad's length.
    const seeking = event?.type === 'seeking';
    const k = talkKey();
    if (k !== key) reset(k);
    const t = video.currentTime;
    const src = video.currentSrc || video.src || '';
    if (adShowing()) {
      if (lastTalk === null) adFirst = true;
      if (!ad) ad = { startVideo: t, lastVideo: t, src, stitched: src !== '' && src === mainSrc && t >= lastVideo - 1 };
      else if (src !== ad.src || seeking) ad.stitched = false;
      else ad.lastVideo = Math.max(ad.lastVideo, t);
      return;
    }
    if (ad) {
      const end = seeking ? ad.lastVideo : Math.max(ad.lastVideo, t);
      if (ad.stitched && src === ad.src) stitches = addStitch(stitches, ad.startVideo, end - ad.startVideo);
      stitchesByVideo.set(video, stitches);
      ad = null;
    }
    if (video.readyState < 1) return; // no metadata: currentTime is not the recording's yet
    mainSrc = src;
    lastVideo = t;
    if (pendingSeek !== null) {
      const at = pendingSeek;
      pendingSeek = null;
      go(at);
      return;
    }
    lastTalk = videoToTalk(stitches, t);
  }

  function go(at: number): void {
    lastTalk = Math.max(0, at);
    video.currentTime = talkToVideo(stitches, lastTalk);
    lastVideo = video.currentTime;
    playQuietly(video);
  }

  for (const type of MEDIA_EVENTS) video.addEventListener(type, sample, { signal });
  const player = doc.querySelector('#movie_player');
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  if (player && Observer) {
    // The class flips exactly when the ad starts and ends; timeupdate alone would be up to 250 ms late.
    const observer = new Observer(() => sample());
    observer.observe(player, { attributes: true, attributeFilter: ['class'] });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }
  sample();

  return {
    now() {
      sample();
      if (lastTalk === null && adFirst) return pendingSeek ?? startAt();
      return lastTalk;
    },
    seek(at) {
      sample();
      if (ad || adShowing()) pendingSeek = at;
      else go(at);
    },
  };
}
