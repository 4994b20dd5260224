import { cleanText, escapeHeadingText, escapeLines, joinHardBreaks } from '@/utils/formats/markdown-escape';
import { writtenLine } from '@/utils/formats/markdown-inline';
import { notePoints } from '@/utils/formats/note-points';

/** An ATX heading; the level is clamped to Markdown's 1–6. */
export function heading(level: number, text: string): string {
  const n = Math.min(6, Math.max(1, Math.floor(level)));
  return `${'#'.repeat(n)} ${escapeHeadingText(text)}`;
}

/**
 * User prose as paragraphs: blank lines separate paragraphs, single newlines become hard
 * breaks. `lead` (already Markdown, e.g. `My thoughts:`) opens the first paragraph. Inline
 * Markdown passes through as written (markdown-inline.ts). Returns the blocks, none when there is no text.
 */
export function paragraphs(text: string, lead = ''): string[] {
  const parts = cleanText(text)
    .split(/\n[ \t]*\n/)
    .map((part, i) => escapeLines(part, lead !== '' && i === 0, writtenLine))
    .filter((lines) => lines.length > 0);
  const blocks = parts.map((lines) => joinHardBreaks(lines));
  if (lead !== '' && blocks.length > 0) blocks[0] = `${lead} ${blocks[0]}`;
  return blocks;
}

/**
 * A bullet list item `- <head> <text>`: `head` is Markdown that opens the item's content (a
 * moment link); the user's `text` follows it on the first line, and its further lines are
 * indented to the item's content column so the item holds them. Continuation lines typed as
 * `- point` become a list nested in the item (see notePoints). Inline Markdown passes through as written.
 */
export function listItem(head: string, text: string): string {
  // Most notes are one line: nothing to split.
  if (!text.includes('\n')) return itemLine(head, escapeLines(text, head !== '', writtenLine));
  const { lines, points } = notePoints(text);
  const item = itemLine(head, escapeLines(lines.join('\n'), head !== '', writtenLine));
  const nested = points
    .map((point) => escapeLines(point.join('\n'), false, writtenLine))
    .filter((point) => point.length > 0)
    .map((point) => `  - ${joinHardBreaks(point, '    ')}`);
  return [item, ...nested].join('\n');
}

function itemLine(head: string, lines: string[]): string {
  if (head === '') return `- ${joinHardBreaks(lines, '  ')}`;
  if (lines.length === 0) return `- ${head}`;
  return `- ${head} ${joinHardBreaks(lines, '  ')}`;
}
