import { signal } from '@preact/signals';
import type { ApiCall } from '@/utils/sidebar/deps';
import type { InlineNode } from '@/utils/formats/note-inline';

/**
 * Notes' inline Markdown, read by the background: its parser (markdown-it) stays out of the
 * script every page loads. A line not read yet shows as plain text, which is what it is, and
 * is asked for with the others of the same render; `version` moves when answers arrive.
 */
const known = new Map<string, InlineNode[]>();
const asked = new Set<string>();
let pending: string[] = [];
let api: ApiCall | null = null;

export const inlineVersion = signal(0);

/** Where lines are sent to be read: the sidebar's connection to the background. */
export function readInlineWith(call: ApiCall): void {
  api = call;
}

/** The line's inline tree when it has been read, else null (and it is asked for). */
export function inlineOf(line: string): InlineNode[] | null {
  const tree = known.get(line);
  if (tree) return tree;
  if (api && !asked.has(line)) {
    asked.add(line);
    if (pending.length === 0) queueMicrotask(flush);
    pending.push(line);
  }
  return null;
}

async function flush() {
  const lines = pending.splice(0, MAX_LINES);
  if (pending.length) queueMicrotask(flush);
  try {
    const trees = await api!('notes.inline', { lines });
    lines.forEach((line, i) => known.set(line, trees[i] ?? [{ type: 'text', text: line }]));
    inlineVersion.value++;
  } catch {
    // Shown as plain text; asked again on a later render.
    for (const line of lines) asked.delete(line);
  }
}

/** Lines read per request: a talk's first screen of notes at most. */
export const MAX_LINES = 200;
