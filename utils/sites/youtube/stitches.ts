/** A server-stitched ad: it sits inside the recording's media, so video time runs on while it plays. */
export interface Stitch {
  /** Video time at which the ad began. */
  at: number;
  /** Its length in seconds. */
  length: number;
  /** Placed from the player's display of whole seconds, not seen: the display may refine it. */
  guessed?: true;
}

/** Shorter runs are flicker of the ad class, not an ad. */
const MIN_LENGTH = 0.5;
/** Two runs this close are the same ad seen twice (replayed after seeking back). */
const SAME_AD = 1;

/** `list` with the ad of `length` seconds at `at`, keeping one entry per place, sorted by place. */
export function addStitch(list: readonly Stitch[], at: number, length: number): Stitch[] {
  if (!(length >= MIN_LENGTH) || !Number.isFinite(at)) return [...list];
  const overlaps = (s: Stitch) => s.at <= at + length + SAME_AD && at <= s.at + s.length + SAME_AD;
  const same = list.filter(overlaps);
  const longest = [...same, { at, length }].reduce((a, b) => (b.length > a.length ? b : a));
  return [...list.filter((s) => !overlaps(s)), longest].sort((a, b) => a.at - b.at);
}

/** Seconds of stitched ads that played before video time `video`. */
export function stitchedBefore(list: readonly Stitch[], video: number): number {
  let sum = 0;
  for (const s of list) {
    if (video >= s.at + s.length) sum += s.length;
    else if (video > s.at) sum += video - s.at;
  }
  return sum;
}

/** Talk time at video time `video`; inside an ad, the moment the ad interrupted. */
export function videoToTalk(list: readonly Stitch[], video: number): number {
  return Math.max(0, video - stitchedBefore(list, video));
}

/** The video time that shows talk moment `talk`: after any ad stitched at that very moment. */
export function talkToVideo(list: readonly Stitch[], talk: number): number {
  let video = talk;
  for (const s of list) if (s.at <= video) video += s.length;
  return video;
}

/** The player shows whole seconds: a difference up to this is its rounding, not an ad. */
const ROUNDING = 1;
/** An ad found to begin this close to the media's start is a pre-roll: it began at 0. */
const PRE_ROLL = 1.5;

/**
 * `list` brought in line with the player's own display: at video time `video` it shows talk
 * time `shown`, in whole seconds (rounded down, so `video - shown` is never below the ads'
 * length). More ad time than `list` knows is an ad the clock saw only in part, or not at all (it
 * began before the clock was watching): the last ad before `video` is stretched back by what is
 * missing, or one is put at the media's start. Less is an ad counted too long (or no longer
 * stitched in): the last one is shortened. A guessed ad is refined by any difference; one seen
 * only by more than the display's rounding.
 */
export function reconcile(list: readonly Stitch[], video: number, shown: number): Stitch[] {
  const missing = video - shown - stitchedBefore(list, video);
  const before = list.filter((s) => s.at + s.length <= video + SAME_AD);
  const last = before[before.length - 1];
  const slack = missing < 0 && last?.guessed ? 0 : ROUNDING;
  if (!Number.isFinite(missing) || Math.abs(missing) <= slack) return [...list];
  const rest = list.filter((s) => s !== last);
  if (missing > 0) {
    const end = last ? last.at + last.length : missing;
    const start = end - (last ? last.length : 0) - missing;
    const at = start < PRE_ROLL ? 0 : start;
    const apart = rest.filter((s) => s.at + s.length <= at || s.at >= end);
    // Snapped to the media's start, a stretched ad's length is exact; else it is the display's guess.
    const guessed = at > 0 || !last ? ({ guessed: true } as const) : {};
    return [...apart, { at, length: end - at, ...guessed }].sort((a, b) => a.at - b.at);
  }
  if (!last) return [...list];
  const shorter = addStitch(rest, last.at, last.length + missing);
  return last.guessed ? shorter.map((s) => (s.at === last.at ? { ...s, guessed: true } : s)) : shorter;
}

/** Stitched ads seen in each recording a `<video>` played, kept for every clock on it: a seek lands right after the ad is gone. */
const records = new WeakMap<HTMLVideoElement, Map<string, Stitch[]>>();

export function recordedStitches(video: HTMLVideoElement, recording: string): Stitch[] {
  return records.get(video)?.get(recording) ?? [];
}

export function recordStitches(video: HTMLVideoElement, recording: string, list: Stitch[]): void {
  const byRecording = records.get(video) ?? new Map<string, Stitch[]>();
  records.set(video, byRecording.set(recording, list));
}
