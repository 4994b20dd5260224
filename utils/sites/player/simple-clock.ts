import type { TalkClock } from '@/utils/sites/types';

/** Starts playback; a refusal (autoplay rules) is not an error here: the user can press play. */
export function playQuietly(video: HTMLVideoElement): void {
  try {
    const p = video.play() as Promise<void> | undefined;
    if (p && typeof p.catch === 'function') p.catch(() => undefined);
  } catch {
    // Some players throw synchronously while their media is being replaced.
  }
}

/** Talk time is the element's own time: for players with no ads stitched into the media. */
export function simpleClock(video: HTMLVideoElement): TalkClock {
  return {
    now() {
      return video.readyState >= 1 && Number.isFinite(video.currentTime) ? video.currentTime : null;
    },
    seek(at) {
      video.currentTime = Math.max(0, at);
      playQuietly(video);
    },
  };
}
