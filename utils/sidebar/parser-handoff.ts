import type { InlineNode } from '@/utils/formats/note-inline';

/** Where the parser's file (entrypoints/note-parser.ts) leaves the parser, in the content scripts' world. */
export const INLINE_PARSER_KEY = '__talkNotesInlineParser';
/** Where the sidebar leaves what the parser's file calls once it is there. */
export const INLINE_PARSER_ARRIVED_KEY = '__talkNotesInlineParserArrived';

export type Parse = (line: string) => InlineNode[];
export type Scope = Record<string, unknown>;

/**
 * What the parser's file does when it runs: leaves the parser and tells the sidebar, if it is
 * there already. Apart from the sidebar's module, so the parser's file brings no Preact.
 */
export function leaveInlineParser(parse: Parse, scope: Scope = globalThis as unknown as Scope): void {
  scope[INLINE_PARSER_KEY] = parse;
  (scope[INLINE_PARSER_ARRIVED_KEY] as (() => void) | undefined)?.();
}
