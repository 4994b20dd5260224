import { describe, expect, it } from 'vitest';
import {
  cleanText,
  escapeDestination,
  escapeField,
  escapeHeadingText,
  escapeInline,
  escapeLine,
  escapeLines,
  isWebUrl,
  joinHardBreaks,
  markdownLink,
  singleLine,
} from '@/utils/formats/markdown-escape';

describe('cleanText', () => {
  it('turns CRLF and CR into newlines and drops control characters except tab and newline', () => {
    expect(cleanText('a\r\nb\rc\u0000d\u0007e\u001bf\u007fg\u0085h\ti\nj')).toBe('a\nb\ncdefgh\ti\nj');
  });
});

describe('escapeLine at the start of a block', () => {
  it.each([
    ['# x', '\\# x'],
    ['###### x', '\\###### x'],
    ['> x', '\\> x'],
    ['- x', '\\- x'],
    ['+ x', '\\+ x'],
    ['* x', '\\* x'],
    ['= x', '\\= x'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['***', '\\*\\*\\*'],
    ['___', '\\_\\_\\_'],
    ['1. x', '1\\. x'],
    ['1) x', '1\\) x'],
    ['123456789. x', '123456789\\. x'],
    ['1.', '1\\.'],
    ['1.5 million', '1.5 million'],
    ['2016. The year', '2016\\. The year'],
    ['[a](b)', '\\[a\\](b)'],
    ['![x](y)', '!\\[x\\](y)'],
    ['[^1]: footnote', '\\[^1\\]: footnote'],
    ['[ ] task', '\\[ \\] task'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['```', '\\`\\`\\`'],
    ['~~~', '\\~\\~\\~'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['<https://example.com>', '\\<https://example.com>'],
    ['<!-- c -->', '\\<!-- c -->'],
    ['*a*', '\\*a\\*'],
    ['**a**', '\\*\\*a\\*\\*'],
    ['_a_', '\\_a\\_'],
    ['&amp;', '\\&amp;'],
    ['&#123; &#x1F600;', '\\&#123; \\&#x1F600;'],
    ['a\\b', 'a\\\\b'],
    ['$x$', '\\$x\\$'],
  ])('%j → %j', (input, output) => {
    expect(escapeLine(input, true)).toBe(output);
  });
});

describe('escapeLine after other content on the line', () => {
  it.each([
    ['# x', '# x'],
    ['> x', '> x'],
    ['- x', '- x'],
    ['1. x', '1. x'],
    ['*a*', '\\*a\\*'],
    ['<b>', '\\<b>'],
  ])('%j → %j (block marks mean nothing mid-line; inline marks are still escaped)', (input, output) => {
    expect(escapeLine(input, false)).toBe(output);
  });
});

describe('escapeInline', () => {
  it.each([
    ['snake_case and @anne_e_currie', 'snake_case and @anne_e_currie'],
    ['_leading and trailing_', '\\_leading and trailing\\_'],
    ['a__b', 'a\\_\\_b'],
    ['naïve_café_2', 'naïve_café_2'],
    ['Q&A and R&D', 'Q&A and R&D'],
    ['&copy', '&copy'],
    ['Great talk! (really)', 'Great talk! (really)'],
    ['Tech diversity => productivity', 'Tech diversity => productivity'],
    ['C# and F#', 'C# and F#'],
  ])('%j → %j (leaves what cannot mean anything)', (input, output) => {
    expect(escapeInline(input)).toBe(output);
  });
});

describe('single-line fields', () => {
  it('collapses newlines and runs of whitespace to one space and trims', () => {
    expect(singleLine('  When\n\tContainers   Attack \r\n')).toBe('When Containers Attack');
  });

  it('escapes a field as inline text, or as a line start when asked', () => {
    expect(escapeField('- *x*')).toBe('- \\*x\\*');
    expect(escapeField('- *x*', true)).toBe('\\- \\*x\\*');
  });
});

describe('escapeHeadingText', () => {
  it.each([
    ['Intro to C#', 'Intro to C#'],
    ['We are #1', 'We are #1'],
    ['Hashes ##', 'Hashes \\##'],
    ['#', '\\#'],
    ['## x', '## x'],
    ['A *bold* title', 'A \\*bold\\* title'],
  ])('%j → %j (a trailing closing sequence is escaped)', (input, output) => {
    expect(escapeHeadingText(input)).toBe(output);
  });
});

describe('escapeLines', () => {
  it('trims every line, drops blank lines at both ends and collapses inner runs of blank lines to one', () => {
    expect(escapeLines('\n\n  a  \n\n \n\t\nb\n\n')).toEqual(['a', '', 'b']);
  });

  it('escapes block marks on every line but the first when the first follows other content', () => {
    expect(escapeLines('# a\n# b', true)).toEqual(['# a', '\\# b']);
    expect(escapeLines('# a\n# b')).toEqual(['\\# a', '\\# b']);
  });

  it('gives no lines for blank text', () => {
    expect(escapeLines(' \n\t\n')).toEqual([]);
  });
});

describe('joinHardBreaks', () => {
  it('ends every line but the last with a backslash and indents the following lines', () => {
    expect(joinHardBreaks(['a', '', 'b'], '  ')).toBe('a\\\n  \\\n  b');
  });

  it('keeps a user backslash at the end of a line distinct from the hard break', () => {
    expect(joinHardBreaks([escapeInline('a\\'), 'b'])).toBe('a\\\\\\\nb');
  });
});

describe('link destinations', () => {
  it.each([
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_%28bar%29'],
    ['https://x.y/<script>', 'https://x.y/%3Cscript%3E'],
    ['https://x.y/a\\b', 'https://x.y/a%5Cb'],
    ['https://x.y/?a=1&t=42s', 'https://x.y/?a=1&t=42s'],
    ['https://x.y/?a=1&amp;b', 'https://x.y/?a=1\\&amp;b'],
    ['  https://x.y/a\nb\u0000  ', 'https://x.y/ab'],
  ])('%j → %j', (input, output) => {
    expect(escapeDestination(input)).toBe(output);
  });

  it.each([
    ['https://speakerdeck.com/x', true],
    ['HTTP://EXAMPLE.COM', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<b>', false],
    ['vbscript:x', false],
    ['//example.com', false],
    ['https://', false],
    ['https:///path', false],
    ['mailto:a@b.c', false],
    ['', false],
  ])('%j is a web address: %j', (url, web) => {
    expect(isWebUrl(url)).toBe(web);
  });

  it('writes a link with an escaped label', () => {
    expect(markdownLink('Slides [v2]', 'https://x.y/a b')).toBe('[Slides \\[v2\\]](https://x.y/a%20b)');
  });
});
