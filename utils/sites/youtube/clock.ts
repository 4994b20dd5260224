import { parseMoment } from '@/utils/formats/time';
import type { TalkClock } from '@/utils/sites/types';
import { isAdShowing, readShownTime } from '@/utils/sites/youtube/dom';
import { currentVideoId } from '@/utils/sites/youtube/nav';
import { playQuietly } from '@/utils/sites/player/simple-clock';
import { addStitch, recordedStitches, recordStitches, reconcile, stitchedBefore, talkToVideo, videoToTalk, type Stitch } from '@/utils/sites/youtube/stitches';

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

/** The recording each `<video>` plays now, as its clocks last saw it. */
const playing = new WeakMap<HTMLVideoElement, string>();
/** The player's display may lag a seek, or not be redrawn: a difference is believed when two readings this far apart in playback agree within its rounding. */
const CONFIRM_AFTER = 1.5;
const CONFIRM_WITHIN = 5;
const SAME_DIFFERENCE = 1;
/** Media time past a pre-roll's end that shows its media playing on: the talk, stitched after it. */
const PLAYS_ON = 0.1;

function sameStitches(a: readonly Stitch[], b: readonly Stitch[]): boolean {
  return a.length === b.length && a.every((s, i) => s.at === b[i]!.at && s.length === b[i]!.length);
}

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
  return stitchedBefore(recordedStitches(video, playing.get(video) ?? ''), Infinity);
}

/**
 * Talk time on YouTube's player. While an ad shows (`#movie_player.ad-showing`), `currentTime`
 * is the ad's: `now()` stays at the talk moment the ad interrupted, and `seek()` waits for the
 * ad's end. A client ad plays another media in the same element; a server-stitched ad plays
 * inside the recording's own media (same src, time running on), so its length is remembered
 * where it happened and taken out of every later time, and added back when seeking. What the
 * clock did not see (an ad that began before it was made) it learns from the player's own
 * display of the talk's time (`shown`), and every clock on the element shares what was learnt.
 */
export function youtubeClock(
  video: HTMLVideoElement,
  doc: Document,
  signal: AbortSignal,
  adShowing: () => boolean = () => isAdShowing(doc),
  talkKey: () => string | null = () => currentVideoId(doc),
  startAt: () => number = () => youtubeStartTime(doc.URL),
  shown: () => { now: number; max: number } | null = () => readShownTime(doc),
): TalkClock {
  let key: string | null | undefined;
  /** An ad played before the recording gave any sample: the talk's moment is where it will start. */
  let adFirst = false;
  let stitches: Stitch[] = [];
  let lastTalk: number | null = null;
  /** Video time of the last sample of the recording; null before the first. */
  let lastVideo: number | null = null;
  let mainSrc = '';
  let ad: AdRun | null = null;
  let pendingSeek: number | null = null;
  /** An ad seen before any sample of the recording, in the same media: stitched once the media plays on past it. */
  let preRoll: { at: number; length: number; src: string } | null = null;
  /** The last sample at which the display disagreed with the known ads, not yet believed. */
  let unconfirmed: { t: number; now: number; missing: number } | null = null;

  function reset(k: string | null): void {
    key = k;
    playing.set(video, k ?? '');
    stitches = recordedStitches(video, k ?? '');
    lastTalk = null;
    adFirst = false;
    lastVideo = null;
    mainSrc = '';
    ad = null;
    preRoll = null;
    pendingSeek = null;
    unconfirmed = null;
  }

  function keep(list: Stitch[]): void {
    stitches = list;
    recordStitches(video, key ?? '', list);
  }

  /**
   * Brings the known ads in line with the talk time the player shows, while the talk plays on.
   * A reading that disagrees is believed when one taken 1.5–5 s of playback later agrees with
   * it: a display not redrawn since a seek, or not redrawn at all, would not (its whole seconds
   * must have ticked in between). Of the two, the one nearer the display's last tick is used.
   */
  function checkShown(t: number): void {
    const display = shown();
    if (!display) {
      unconfirmed = null;
      return;
    }
    const reading = { t, now: display.now, missing: t - display.now - stitchedBefore(stitches, t) };
    const earlier = unconfirmed;
    const gap = earlier ? t - earlier.t : Infinity;
    if (gap >= 0 && gap < CONFIRM_AFTER) return;
    unconfirmed = null;
    if (earlier && gap <= CONFIRM_WITHIN && Math.abs(earlier.missing - reading.missing) < SAME_DIFFERENCE) {
      const best = earlier.t - earlier.now < reading.t - reading.now ? earlier : reading;
      const next = reconcile(stitches, best.t, best.now);
      // The media holds no more ad time than its length beyond the talk's (a live stream's display counts otherwise).
      const inMedia = video.duration - display.max;
      if (Number.isFinite(inMedia) && stitchedBefore(next, Infinity) <= inMedia + 1) keep(next);
    } else if (!sameStitches(reconcile(stitches, t, display.now), stitches)) {
      unconfirmed = reading;
    }
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
      // A stitched ad runs on in the recording's media; one before any sample of it may yet (see preRoll).
      const runsOn = lastVideo === null || (src === mainSrc && t >= lastVideo - 1);
      if (!ad) ad = { startVideo: t, lastVideo: t, src, stitched: src !== '' && runsOn };
      else if (src !== ad.src || seeking) ad.stitched = false;
      else ad.lastVideo = Math.max(ad.lastVideo, t);
      preRoll = null;
      return;
    }
    if (ad) {
      const end = seeking ? ad.lastVideo : Math.max(ad.lastVideo, t);
      const run = { at: ad.startVideo, length: end - ad.startVideo, src: ad.src };
      if (ad.stitched && src === ad.src && lastVideo !== null) keep(addStitch(stitches, run.at, run.length));
      // Before any sample of the recording, a client ad looks the same until its media is replaced or it plays on.
      else if (ad.stitched && src === ad.src) preRoll = run;
      ad = null;
    }
    if (preRoll && (src !== preRoll.src || seeking)) preRoll = null;
    if (preRoll && !video.ended && t > preRoll.at + preRoll.length + PLAYS_ON) {
      keep(addStitch(stitches, preRoll.at, preRoll.length));
      preRoll = null;
    }
    if (video.readyState < 1) return; // no metadata: currentTime is not the recording's yet
    mainSrc = src;
    lastVideo = t;
    if (event?.type === 'timeupdate' && !video.paused) checkShown(t);
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
