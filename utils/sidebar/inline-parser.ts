import { signal } from '@preact/signals';
import type { InlineNode } from '@/utils/formats/note-inline';
import { INLINE_PARSER_ARRIVED_KEY, INLINE_PARSER_KEY, type Parse, type Scope } from '@/utils/sidebar/parser-handoff';

/**
 * A line without any of the characters inline Markdown is made of (emphasis, code spans, links,
 * autolinks, escapes, entities) is its own text: the parser would give it back as one text node.
 */
const PLAIN = /^[^*_`[\]<>&\\!\r\n\0]*$/;

/**
 * Notes' inline Markdown as the sidebar draws it. The parser (markdown-it and what it brings,
 * two fifths of the sidebar's file) comes in a file of its own: the background runs it with the
 * sidebar on a recording that has notes, and on the first line with Markdown elsewhere. Until
 * it is there, such a line is drawn as its text and `arrived` tells the notes to draw again.
 */
export function createInlineParser(ask: () => void, scope: Scope = globalThis as unknown as Scope) {
  const arrived = signal(typeof scope[INLINE_PARSER_KEY] === 'function');
  scope[INLINE_PARSER_ARRIVED_KEY] = () => (arrived.value = true);
  let asked = false;
  // Lines read are kept, so a list drawn again reads none twice; the oldest go past KEEP lines.
  const known = new Map<string, InlineNode[]>();
  const KEEP = 5000;

  /** The line's inline tree; reading `arrived` makes a drawing that met the parser's absence draw again when it comes. */
  function inlineOf(line: string): InlineNode[] {
    if (PLAIN.test(line)) return line === '' ? [] : [{ type: 'text', text: line }];
    const kept = known.get(line);
    if (kept) return kept;
    const parse = arrived.value ? (scope[INLINE_PARSER_KEY] as Parse | undefined) : undefined;
    if (!parse) {
      if (!asked) {
        asked = true;
        ask();
      }
      return [{ type: 'text', text: line }];
    }
    const tree = parse(line);
    if (known.size >= KEEP) known.delete(known.keys().next().value!);
    known.set(line, tree);
    return tree;
  }

  return { inlineOf, arrived };
}

export type InlineParser = ReturnType<typeof createInlineParser>;
