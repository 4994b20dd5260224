import type { Platform } from '@/utils/model/ids';
import { recordingIdOf, splitPart } from '@/utils/model/part-id';

export interface Recording {
  platform: Platform;
  videoId: string;
  /** Canonical address of the recording, without a time. */
  url: string;
}

/** The address that opens `rec` at `at` seconds, in the form each platform understands. */
export function deepLink(rec: Recording, at: number): string {
  const s = Math.max(0, Math.floor(at));
  switch (rec.platform) {
    case 'youtube':
      // YouTube ignores `#t=`; only the query parameter seeks.
      return `https://www.youtube.com/watch?v=${encodeURIComponent(recordingIdOf(rec.videoId))}&t=${s}s`;
    case 'vimeo':
      return `${withoutHash(rec.url)}#t=${s}s`;
    case 'peertube': {
      const u = new URL(rec.url);
      u.hash = '';
      u.searchParams.set('start', `${s}s`);
      return u.toString();
    }
    case 'mediaccc':
    case 'web':
      return `${withoutHash(rec.url)}#t=${s}`;
  }
}

/** The recording's own address, as the export's "Recording" link. */
export function recordingLink(rec: Recording): string {
  // One talk of a day's stream: the stream, at the talk's start.
  const part = splitPart(rec.videoId);
  if (part) return deepLink(rec, part.start);
  return rec.platform === 'youtube'
    ? `https://www.youtube.com/watch?v=${encodeURIComponent(rec.videoId)}`
    : rec.url;
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}
