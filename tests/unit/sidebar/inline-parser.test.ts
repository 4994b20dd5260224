// The sidebar's reading of notes' inline Markdown: a line without Markdown's characters is drawn
// as the parser would draw it, without the parser; lines read are kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline } from '@/utils/formats/note-inline';
import { createInlineParser } from '@/utils/sidebar/inline-parser';
import { INLINE_PARSER_KEY } from '@/utils/sidebar/parser-handoff';

describe('the inline parser of the sidebar', () => {
  it('gives any line without Markdown characters back as the parser would, without asking for it', () => {
    let asked = 0;
    const { inlineOf } = createInlineParser(() => asked++, {});
    const plain = fc.string({ unit: fc.constantFrom(...'abc XYZ 09.,:;-+=#%$@"\'()/?{}|~^é😀\t'), maxLength: 40 });
    fc.assert(
      fc.property(plain, (line) => {
        expect(inlineOf(line.trim())).toEqual(parseInline(line.trim()));
      }),
    );
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
