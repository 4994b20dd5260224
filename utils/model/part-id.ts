/**
 * One talk of a longer recording (a conference day's stream) is a talk of its own, keyed by the
 * recording and the second it starts at: `videoId#t=SECONDS`. No platform's ids hold a `#`, and
 * the generic adapter's address keys drop the hash, so the suffix can never be part of an id.
 */
const PART = /^(.+)#t=(\d{1,7})$/;

export function partVideoId(recordingId: string, start: number): string {
  return `${recordingId}#t=${Math.max(0, Math.floor(start))}`;
}

/** The recording and start of a part's video id; null for a whole recording. */
export function splitPart(videoId: string): { recording: string; start: number } | null {
  const m = PART.exec(videoId);
  return m ? { recording: m[1]!, start: Number(m[2]) } : null;
}

/** The whole recording's id, for a part or a whole recording alike. */
export function recordingIdOf(videoId: string): string {
  return splitPart(videoId)?.recording ?? videoId;
}
