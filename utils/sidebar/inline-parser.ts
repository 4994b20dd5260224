import { parseInline, type InlineNode } from '@/utils/formats/note-inline';

/**
 * Notes' inline Markdown, read here: the sidebar's code comes on demand (the page's loader stays
 * small), so its parser no longer needs to live in the background a round trip away. Lines read
 * are kept, so a list drawn again reads none twice; the oldest go past KEEP lines.
 */
const known = new Map<string, InlineNode[]>();
const KEEP = 5000;

/**
 * The characters any enabled rule of the parser starts at (emphasis, code spans, links and
 * autolinks, escapes, entities, line breaks, and the NUL that markdown-it replaces): a line
 * without one is its own text, as the parser would give it back. Most notes are such lines,
 * and in a profile of notes typed, markdown-it was the largest single part of the sidebar's own time.
 */
const MARKUP = /[*_`[\]<>!&\\\r\n\0]/;

/** The line's inline tree. */
export function inlineOf(line: string): InlineNode[] {
  if (!MARKUP.test(line)) return line === '' ? [] : [{ type: 'text', text: line }];
  const kept = known.get(line);
  if (kept) return kept;
  const tree = parseInline(line);
  if (known.size >= KEEP) known.delete(known.keys().next().value!);
  known.set(line, tree);
  return tree;
}
