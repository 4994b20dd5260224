import { describe, expect, it } from 'vitest';
import { plainText, safeUrl, textFromMarkup } from '@/utils/sites/metadata/text';

describe('plainText', () => {
  it.each([
    ['  A\n talk\t title ', 'A talk title'],
    ['bell\u0007 and nul\u0000 gone', 'bell and nul gone'],
    ['\u202eevil\u202c bidi', 'evil bidi'],
    ['zero\u200bwidth', 'zerowidth'],
    ['<b>stays text</b>', '<b>stays text</b>'],
  ])('turns %j into %j', (raw, text) => {
    expect(plainText(raw)).toBe(text);
  });

  it('caps the length without splitting a character', () => {
    expect(plainText('x'.repeat(100_000))).toHaveLength(300);
    expect(plainText(`${'x'.repeat(9)}😀`, 10)).toBe('x'.repeat(9));
  });
});

describe('textFromMarkup', () => {
  it.each([
    ['<b>Fast</b> &amp; <i>safe</i>', 'Fast & safe'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
    ['I <3 Rust', 'I <3 Rust'],
    ['caf&#233; &#x263A;', 'café ☺'],
    [42, ''],
  ])('reads %j as %j', (raw, text) => {
    expect(textFromMarkup(raw)).toBe(text);
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://vimeo.com/123', undefined, 'https://vimeo.com/123'],
    ['/c/38c3', 'https://media.ccc.de/v/x', 'https://media.ccc.de/c/38c3'],
    ['javascript:alert(1)', undefined, null],
    [' JavaScript:alert(1)', 'https://a.example/', null],
    ['data:text/html,hi', undefined, null],
    ['not a url', undefined, null],
    [`https://a.example/${'x'.repeat(5000)}`, undefined, null],
  ])('accepts %j (base %j) as %j', (raw, base, out) => {
    expect(safeUrl(raw, base)).toBe(out);
  });
});
