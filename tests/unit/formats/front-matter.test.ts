import { describe, expect, it } from 'vitest';
import { frontMatter, yamlString } from '@/utils/formats/front-matter';

describe('frontMatter', () => {
  it('writes title, date and the talk-notes tag, then a blank line', () => {
    expect(frontMatter({ title: 'Software Circus 2016', date: '2016-08-31' })).toBe(
      '---\ntitle: "Software Circus 2016"\ndate: 2016-08-31\ntags: [talk-notes]\n---\n\n',
    );
  });

  it('leaves out a missing or malformed date', () => {
    expect(frontMatter({ title: 'T' })).toBe('---\ntitle: "T"\ntags: [talk-notes]\n---\n\n');
    expect(frontMatter({ title: 'T', date: '2016-02-30' })).toBe('---\ntitle: "T"\ntags: [talk-notes]\n---\n\n');
    expect(frontMatter({ title: 'T', date: '2016-08-31\nevil: 1' })).toBe('---\ntitle: "T"\ntags: [talk-notes]\n---\n\n');
  });

  it('keeps the title on one line so it cannot add keys or end the block', () => {
    expect(frontMatter({ title: 'a\n---\nevil: "x"', tags: [] })).toBe('---\ntitle: "a --- evil: \\"x\\""\n---\n\n');
  });

  it('quotes tags that are not plain words', () => {
    expect(frontMatter({ title: 'T', tags: ['talk-notes', 'a, b]'] })).toBe(
      '---\ntitle: "T"\ntags: [talk-notes, "a, b]"]\n---\n\n',
    );
  });
});

describe('yamlString', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['C:\\path', '"C:\\\\path"'],
    ['a\nb\tc\rd\u0000e', '"a\\nb\\tc\\rd\\0e"'],
    ['\u0007\u007f\u0085\u2028\u2029\ufeff', '"\\u0007\\u007F\\N\\L\\P\\uFEFF"'],
    ['# not a comment: {[&*!|>%@`', '"# not a comment: {[&*!|>%@`"'],
    ['lone \ud800 surrogate', '"lone \ufffd surrogate"'],
    ['emoji 🎤', '"emoji 🎤"'],
  ])('%j → %j', (input, output) => {
    expect(yamlString(input)).toBe(output);
  });
});
