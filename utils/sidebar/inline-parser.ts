import { signal } from '@preact/signals';
import type { InlineNode } from '@/utils/formats/note-inline';

/**
 * The note renderer's Markdown parser, loaded on first use rather than with the sidebar:
 * until it arrives notes show as plain text, which is what they are.
 */
export const inlineParser = signal<((line: string) => InlineNode[]) | null>(null);

let loading: Promise<void> | null = null;

export function loadInlineParser(): Promise<void> {
  loading ??= import('@/utils/formats/note-inline').then((m) => {
    inlineParser.value = m.parseInline;
  });
  return loading;
}
