// A plain line skips markdown-it: its tree must be the one markdown-it gives, for any line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInline } from '@/utils/formats/note-inline';
import { inlineOf } from '@/utils/sidebar/inline-parser';

// Every character a rule of the parser may start at or change, among plain ones.
const CHARS = [...'ab Z9.,:;-+=~^$@#%()\'"?/|{}\t*_`[]<>!&\\\r\n\0é😀', '\u00a0', '\u2028'];

describe('inlineOf', () => {
  it('gives the tree markdown-it gives, for plain lines and lines with markup alike', () => {
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

  it('gives a plain line back as one text node without the parser', () => {
    expect(inlineOf('Kubernetes scheduler latency, 2 ms (p95).')).toEqual([{ type: 'text', text: 'Kubernetes scheduler latency, 2 ms (p95).' }]);
    expect(inlineOf('')).toEqual([]);
  });
});
