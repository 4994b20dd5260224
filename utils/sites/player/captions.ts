import { cueText } from '@/utils/formats/cue-text';

/** The caption on screen: its words, and how many seconds of the recording ago it began. */
export interface ShownCaption {
  text: string;
  /** Seconds of media time since the caption appeared (its cue's start), ≥ 0. */
  ago: number;
}

/** Reads the caption shown now; null when none is. */
export type CaptionReader = () => ShownCaption | null | Promise<ShownCaption | null>;

/** Kinds of text track a viewer reads as the talk's words (not chapters or metadata). */
const SPOKEN = new Set(['subtitles', 'captions']);

/**
 * The cues of the video's showing subtitle or caption tracks, as the browser draws them: the
 * words of every active cue of the first such track in start order, and the earliest start.
 */
export function textTrackCaption(video: HTMLVideoElement): ShownCaption | null {
  const tracks = video.textTracks;
  for (let i = 0; i < (tracks?.length ?? 0); i++) {
    const track = tracks[i];
    if (!track || track.mode !== 'showing' || !SPOKEN.has(track.kind)) continue;
    const cues = Array.from(track.activeCues ?? []) as (TextTrackCue & { text?: string })[];
    const shown = cues
      .map((cue) => ({ start: cue.startTime, text: cueText(cue.text ?? '') }))
      .filter((cue) => cue.text !== '')
      .sort((a, b) => a.start - b.start);
    if (shown.length === 0) continue;
    return { text: shown.map((cue) => cue.text).join(' '), ago: sinceStart(video.currentTime, shown[0]!.start) };
  }
  return null;
}

/** Seconds from `start` to `now`, never negative (a seek back leaves the cue's start ahead). */
export function sinceStart(now: number, start: number): number {
  const ago = now - start;
  return Number.isFinite(ago) && ago > 0 ? ago : 0;
}
