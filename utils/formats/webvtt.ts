/**
 * A talk's notes as WebVTT subtitles (https://www.w3.org/TR/webvtt1/): a player shows each note
 * over the recording at its moment, until the next note's moment.
 *
 *   WEBVTT
 *
 *   NOTE
 *   When Containers Attack
 *   https://www.youtube.com/watch?v=VIDEOID
 *
 *   <note id>
 *   00:00:42.000 --> 00:03:15.000
 *   Diversity is key to innovation.
 */
import { splitPart } from '@/utils/model/part-id';
import type { Lang, Note, Talk } from '@/utils/model/types';
import { recordingLink } from '@/utils/formats/deep-link';
import { labelsFor } from '@/utils/formats/labels';
import { cleanText } from '@/utils/formats/markdown-escape';
import { noteText, sortedNotes } from '@/utils/formats/markdown-note';

/** How long the last note stays on screen when the talk's length is unknown (or ends before it). */
export const LAST_CUE_MS = 10_000;

/** What the subtitles need of a talk. */
export type VttTalk = Pick<Talk, 'platform' | 'videoId' | 'url' | 'title' | 'duration'>;

interface Cue {
  id: string;
  start: number;
  lines: string[];
}

/** The WebVTT text for `notes` of `talk`; the same data always gives the same bytes. */
export function webvttOf(talk: VttTalk, notes: readonly Note[], lang: Lang): string {
  const cues = cuesOf(notes, lang);
  // A talk of a day's stream is as long as its part, and its notes' moments are the stream's.
  const start = splitPart(talk.videoId)?.start ?? 0;
  const durationMs = talk.duration !== undefined && Number.isFinite(talk.duration) ? toMs(start + talk.duration) : undefined;
  const blocks = [
    'WEBVTT',
    ['NOTE', commentLine(talk.title.trim() || labelsFor(lang).untitledTalk), commentLine(recordingLink(talk))].join('\n'),
  ];
  // Walking backwards, `later` is the first later start that differs: notes at one moment
  // share their end, so no cue has zero length (overlapping cues are legal WebVTT).
  const ends: number[] = [];
  let later: number | undefined;
  for (let i = cues.length - 1; i >= 0; i--) {
    const start = cues[i]!.start;
    const following = cues[i + 1]?.start;
    if (following !== undefined && following > start) later = following;
    ends[i] = later ?? (durationMs !== undefined && durationMs > start ? durationMs : start + LAST_CUE_MS);
  }
  cues.forEach((cue, i) => {
    blocks.push([cue.id, `${timestamp(cue.start)} --> ${timestamp(ends[i]!)}`, ...cue.lines].filter((l) => l !== '').join('\n'));
  });
  return `${blocks.join('\n\n')}\n`;
}

/** Live notes with text, in recording order, as cue starts (whole milliseconds) and escaped lines. */
function cuesOf(notes: readonly Note[], lang: Lang): Cue[] {
  const cues: Cue[] = [];
  for (const note of sortedNotes(notes)) {
    if (cleanText(note.text).trim() === '') continue;
    const text = note.kind === 'thought' ? `${labelsFor(lang).myThoughts} ${note.text.trim()}` : noteText(note, lang);
    const lines = payloadLines(text);
    // A quote of nothing but quote marks says nothing either.
    if (lines.length > 0) cues.push({ id: identifier(note.id), start: toMs(note.at), lines });
  }
  return cues;
}

/**
 * The cue's text lines, escaped as WebVTT cue text: `&`, `<` and `>` as character references
 * (so `-->` can never end the cue, nor a `<` open a tag); a blank line would end the cue, so
 * blank lines are dropped and the note's other lines kept.
 */
function payloadLines(text: string): string[] {
  return cleanText(text)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/** A line of the NOTE block: one line, and without `-->`, which would end the comment. */
function commentLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim().replace(/-->/g, '--&gt;');
}

/** The cue's identifier: the note id, unless it could be mistaken for a timing line. */
function identifier(id: string): string {
  return /-->|[\r\n]/.test(id) ? '' : id;
}

function toMs(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : 0;
}

/** `hh:mm:ss.ttt`; hours grow past two digits when they must. */
export function timestamp(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const t = ms % 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(t).padStart(3, '0')}`;
}
