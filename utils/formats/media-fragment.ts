/**
 * The start of a Media Fragments URI 1.0 temporal fragment (https://www.w3.org/TR/media-frags/),
 * in normal play time: `t=754`, `t=754.5,790`, `t=npt:12:34`, `t=npt:1:02:03.5`, `t=,790`
 * (from the start). Other dimensions may stand beside it (`xywh=…&t=10`). SMPTE and wall-clock
 * times name frames and dates, not seconds of the recording, so they are not read.
 */

// npt-sec, npt-mmss, npt-hhmmss: minutes and seconds are two digits below 60 where a colon precedes them.
const NPT = /^(?:(\d+)|(?:(\d+):)?([0-5]\d):([0-5]\d))(\.\d*)?$/;

/** Seconds from the start of the recording, or null when `fragment` holds no readable time. */
export function fragmentStart(fragment: string): number | null {
  const t = fragment.split('&').find((pair) => pair.startsWith('t='));
  if (t === undefined) return null;
  const range = t.slice(2).replace(/^npt:/, '');
  const comma = range.indexOf(',');
  const start = comma < 0 ? range : range.slice(0, comma);
  if (start === '') return comma < 0 ? null : 0;
  const m = NPT.exec(start);
  if (!m) return null;
  // Plain seconds are read from the text as written, so an exported moment comes back exactly.
  if (m[1] !== undefined) return Number(start);
  return Number(m[2] ?? 0) * 3600 + Number(m[3]) * 60 + Number(m[4]) + Number(`0${m[5] ?? ''}`);
}
