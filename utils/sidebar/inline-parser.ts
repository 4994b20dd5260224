import { parseInline, type InlineNode } from '@/utils/formats/note-inline';

/**
 * Notes' inline Markdown, read here: the sidebar's code comes on demand (the page's loader stays
 * small), so its parser no longer needs to live in the background a round trip away. Lines read
 * are kept, so a list drawn again reads none twice; the oldest go past KEEP lines.
 */
const known = new Map<string, InlineNode[]>();
const KEEP = 5000;

/** The line's inline tree. */
export function inlineOf(line: string): InlineNode[] {
  const kept = known.get(line);
  if (kept) return kept;
  const tree = parseInline(line);
  if (known.size >= KEEP) known.delete(known.keys().next().value!);
  known.set(line, tree);
  return tree;
}
