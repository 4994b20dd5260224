import { describe, expect, it } from 'vitest';
import { footnotes } from '@/utils/formats/markdown-footnotes';
import { listItem } from '@/utils/formats/markdown-blocks';
import { exportTalk } from '@/utils/formats/markdown-talk';
import { children, descendants, parse, textOf } from './commonmark-tree';
import { makeNote, makeTalk } from './markdown-fixtures';

/** One note's list item through a fresh collector, and the definitions it made. */
function item(text: string): [string, string[]] {
  const f = footnotes();
  return [f.place(listItem('[0:42](u)', f.take(text))), f.definitions()];
}

describe('footnotes', () => {
  it.each([
    ['a^[one] b^[two]', '- [0:42](u) a[^1] b[^2]', ['[^1]: one', '[^2]: two']],
    ['nested^[see [RFC 1]] ok', '- [0:42](u) nested[^1] ok', ['[^1]: see \\[RFC 1\\]']],
    ['spread^[over\n  two lines]', '- [0:42](u) spread[^1]', ['[^1]: over two lines']],
    ['escaped^[a \\] b]', '- [0:42](u) escaped[^1]', ['[^1]: a \\\\\\] b']],
    ['unclosed^[aside', '- [0:42](u) unclosed^\\[aside', []],
    ['empty^[] and ^[  ]', '- [0:42](u) empty^\\[\\] and ^\\[  \\]', []],
    ['^[aside]: at the start', '- [0:42](u) [^1]\\: at the start', ['[^1]: aside']],
    ['wow!^[really]', '- [0:42](u) wow\\![^1]', ['[^1]: really']],
    ['first\n^[x]: not a definition', '- [0:42](u) first\\\n  [^1]\\: not a definition', ['[^1]: x']],
    ['hostile^[<script>x</script> *b* [l](javascript:x)]', '- [0:42](u) hostile[^1]', ['[^1]: \\<script>x\\</script> \\*b\\* \\[l\\](javascript:x)']],
    ['forged \uE0001\uE001 mark', '- [0:42](u) forged 1 mark', []],
  ])('%j → %j', (text, markdown, definitions) => {
    expect(item(text)).toEqual([markdown, definitions]);
  });

  it('numbers through the whole document in the order it is written, definitions at its end', () => {
    const talk = makeTalk({ summary: 'Prose^[in the summary].', verdict: 'Yes^[really].' });
    const notes = [makeNote(talk, 'b', 20, 'note', 'later^[second]'), makeNote(talk, 'a', 10, 'note', 'earlier^[first]')];
    const md = exportTalk(talk, notes);
    expect(md.slice(md.indexOf('Prose'))).toBe(
      'Prose[^1].\n\n' +
        '- [0:10](https://www.youtube.com/watch?v=VIDEOID0001&t=10s) earlier[^2]\n' +
        '- [0:20](https://www.youtube.com/watch?v=VIDEOID0001&t=20s) later[^3]\n\n' +
        'Yes[^4].\n\n[^1]: in the summary\n\n[^2]: first\n\n[^3]: second\n\n[^4]: really\n',
    );
  });

  it('leaves every aside text a CommonMark reader sees, never structure', () => {
    const talk = makeTalk();
    const doc = parse(exportTalk(talk, [makeNote(talk, 'n', 42, 'note', 'a^[# b\n> c] ^[- d]')]));
    expect(children(doc).map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'paragraph', 'paragraph']);
    expect(textOf(children(doc).slice(3))).toBe('[^1]: # b > c[^2]: - d');
    expect(descendants(doc).filter((n) => n.type === 'link')).toHaveLength(2);
  });
});
