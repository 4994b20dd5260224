import { cleanText } from '@/utils/formats/markdown-escape';

/**
 * A note's text as the format reads it: its own lines, then the points nested under it. A
 * continuation line that starts with `- ` opens a point; the lines after it belong to that
 * point until the next one. Points nest one level under the note and no deeper: a `- ` inside
 * a point (`- - x`, or an indented `  - x`) is the point's text, never a third level.
 */
export interface NotePoints {
  /** The note's own lines, as typed (untrimmed, not escaped). */
  lines: string[];
  /** Each point's lines, its `- ` taken off the first. */
  points: string[][];
}

const POINT = /^[ \t]*-[ \t]+(?=\S)/;

export function notePoints(text: string): NotePoints {
  const all = cleanText(text).split('\n');
  const lines: string[] = [all[0] ?? ''];
  const points: string[][] = [];
  for (const line of all.slice(1)) {
    const mark = POINT.exec(line);
    if (mark) points.push([line.slice(mark[0].length)]);
    else (points.at(-1) ?? lines).push(line);
  }
  return { lines, points };
}
