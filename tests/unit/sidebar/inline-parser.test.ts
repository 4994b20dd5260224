// The sidebar's reading of notes' inline Markdown: a line without Markdown's characters is drawn
// as the parser would draw it, without the parser (for any line); lines read are kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline } from '@/utils/formats/note-inline';
import { createInlineParser } from '@/utils/sidebar/inline-parser';
import { INLINE_PARSER_KEY } from '@/utils/sidebar/parser-handoff';

// Every character a rule of the parser may start at or change, among plain ones.
const CHARS = [...'ab Z9.,:;-+=~^$@#%()\'"?/|{}\t*_`[]<>!&\\\r\n\0é😀', '\u00a0', '\u2028'];

describe('the inline parser of the sidebar', () => {
  it('gives the tree markdown-it gives, for plain lines and lines with markup alike', () => {
    const { inlineOf } = createInlineParser(() => {}, { [INLINE_PARSER_KEY]: parseInline });
    for (const line of ['', 'plain words only', '  padded  ', 'a.b:c (d) e-f ~g^ $5 @x #1 50% "q" \'s\'', '**strong**', '*em* and `code`', '[a](https://e.example)', '<https://e.example>', 'a &amp; b', 'a \\* b', '5 > 3 ! 2 < 4']) {
      expect(inlineOf(line)).toEqual(parseInline(line));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }).map((cs) => cs.join('')), (line) => {
        expect(inlineOf(line)).toEqual(parseInline(line));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a plain line back as one text node without the parser, and does not ask for it', () => {
    let asked = 0;
    const { inlineOf } = createInlineParser(() => asked++, {});
    expect(inlineOf('Kubernetes scheduler latency, 2 ms (p95).')).toEqual([{ type: 'text', text: 'Kubernetes scheduler latency, 2 ms (p95).' }]);
    expect(inlineOf('')).toEqual([]);
    expect(asked).toBe(0);
  });

  it('reads a line with Markdown with the parser once it is there, once per line', () => {
    let parsed = 0;
    const scope = { [INLINE_PARSER_KEY]: (line: string) => (parsed++, parseInline(line)) };
    const { inlineOf, arrived } = createInlineParser(() => {}, scope);
    expect(arrived.value).toBe(true);
    expect(inlineOf('a *b*')).toEqual([{ type: 'text', text: 'a ' }, { type: 'em', children: [{ type: 'text', text: 'b' }] }]);
    inlineOf('a *b*');
    expect(parsed).toBe(1);
  });
});
