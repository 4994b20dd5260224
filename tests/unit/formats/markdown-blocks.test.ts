import { describe, expect, it } from 'vitest';
import { heading, listItem, paragraphs } from '@/utils/formats/markdown-blocks';

describe('heading', () => {
  it.each([
    [1, '# Title'],
    [3, '### Title'],
    [0, '# Title'],
    [9, '###### Title'],
  ])('at level %j is %j (clamped to 1–6)', (level, out) => {
    expect(heading(level, 'Title')).toBe(out);
  });

  it('escapes its text and keeps it on one line', () => {
    expect(heading(2, 'A [b]\nc #')).toBe('## A \\[b\\] c \\#');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and turns single newlines into hard breaks', () => {
    expect(paragraphs('one\ntwo\n\n\n\nthree')).toEqual(['one\\\ntwo', 'three']);
  });

  it('escapes block marks at the start of every line', () => {
    expect(paragraphs('# not a heading\n- nor a list')).toEqual(['\\# not a heading\\\n\\- nor a list']);
  });

  it('opens the first paragraph with the lead, where the text no longer starts the line', () => {
    expect(paragraphs('# a\n\n# b', 'My thoughts:')).toEqual(['My thoughts: # a', '\\# b']);
  });

  it('gives no blocks for blank text, even with a lead', () => {
    expect(paragraphs('  \n\n ', 'My thoughts:')).toEqual([]);
  });
});

describe('listItem', () => {
  it('puts the text after the head and indents further lines to the content column', () => {
    expect(listItem('[0:42](u)', 'a\n-b\n\n\nc')).toBe('- [0:42](u) a\\\n  \\-b\\\n  \\\n  c');
  });

  it('nests continuation lines typed as "- " one level under the note, their own lines kept with them', () => {
    expect(listItem('[0:42](u)', 'Envoy\n- iptables\nor BPF\n  - # not deeper\n- - nor this\n-\nlast')).toBe(
      '- [0:42](u) Envoy\n  - iptables\\\n    or BPF\n  - \\# not deeper\n  - \\- nor this\\\n    \\-\\\n    last',
    );
  });

  it('nests points under a note whose first line is empty', () => {
    expect(listItem('[0:42](u)', '\n- a\n- b')).toBe('- [0:42](u)\n  - a\n  - b');
  });

  it('is the head alone when there is no text', () => {
    expect(listItem('[0:42](u)', ' \n ')).toBe('- [0:42](u)');
  });

  it('escapes block marks of the first line when no head precedes it', () => {
    expect(listItem('', '1. x')).toBe('- 1\\. x');
  });
});
