/** A server-stitched ad: it sits inside the recording's media, so video time runs on while it plays. */
export interface Stitch {
  /** Video time at which the ad began. */
  at: number;
  /** Its length in seconds. */
  length: number;
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
