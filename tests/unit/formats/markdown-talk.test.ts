import { describe, expect, it } from 'vitest';
import { exportTalk, renderTalkSection } from '@/utils/formats/markdown-talk';
import type { Talk } from '@/utils/model/types';
import { makeNote, makeTalk } from './markdown-fixtures';

const YT = 'https://www.youtube.com/watch?v=VIDEOID';

/** The talk of the format's example (talk-notes-format.md), as stored data. */
function exampleTalk(): Talk {
  return makeTalk({
    videoId: 'VIDEOID',
    title: 'When Containers Attack',
    duration: 41 * 60 + 7,
    speakers: [{ name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: ['@anne_e_currie'] }],
    thoughts: 'Instead of giving answers Anne directs us to the two opposing entities.',
    links: [{ label: 'Slides', url: 'https://speakerdeck.com/anne/when-containers-attack' }],
  });
}

function exampleNotes(talk: Talk) {
  return [
    makeNote(talk, 'n3', 723, 'question', 'Is the modern equivalent cloud services?'),
    makeNote(talk, 'n1', 42, 'note', 'Diversity is key to innovation.\nSpecialization can enhance production by a magnitude.'),
    makeNote(talk, 'n2', 195, 'quote', '"Conference speakers are professional enthusiasts"'),
  ];
}

describe('exportTalk', () => {
  it('writes the format’s example talk', () => {
    const talk = exampleTalk();
    expect(exportTalk(talk, exampleNotes(talk))).toBe(
      [
        '# When Containers Attack',
        '',
        'by Anne Currie, Co-founder at MicroScaling Systems, @anne_e_currie',
        '',
        `[Recording](${YT}) · 41:07`,
        '',
        `- [0:42](${YT}&t=42s) Diversity is key to innovation.\\`,
        '  Specialization can enhance production by a magnitude.',
        `- [3:15](${YT}&t=195s) “Conference speakers are professional enthusiasts”`,
        `- [12:03](${YT}&t=723s) Q: Is the modern equivalent cloud services?`,
        '',
        'My thoughts: Instead of giving answers Anne directs us to the two opposing entities.',
        '',
        'Links:',
        '- [Slides](https://speakerdeck.com/anne/when-containers-attack)',
        '',
      ].join('\n'),
    );
  });

  it('writes the same talk in Danish', () => {
    const talk = exampleTalk();
    const out = exportTalk(talk, exampleNotes(talk), { lang: 'da' }).split('\n');
    expect([out[2], out[4], out[11], out[13]]).toEqual([
      'af Anne Currie, Co-founder hos MicroScaling Systems, @anne_e_currie',
      `[Optagelse](${YT}) · 41:07`,
      'Mine tanker: Instead of giving answers Anne directs us to the two opposing entities.',
      'Links:',
    ]);
  });

  it('gives the same bytes for the same data, whatever order the notes come in', () => {
    const talk = exampleTalk();
    const notes = exampleNotes(talk);
    const first = exportTalk(talk, notes);
    expect(exportTalk(structuredClone(talk), [...notes].reverse())).toBe(first);
    expect(exportTalk(talk, notes)).toBe(first);
  });

  it('is only the heading when the talk has nothing else, and ends with exactly one newline', () => {
    const talk = makeTalk({ title: 'Lonely', platform: 'web', url: 'file:///talk.mp4' });
    expect(exportTalk(talk, [])).toBe('# Lonely\n');
  });

  it('names an untitled talk rather than writing an empty heading', () => {
    expect(exportTalk(makeTalk({ title: ' \n ', url: '' , platform: 'web' }), [])).toBe('# Untitled talk\n');
    expect(exportTalk(makeTalk({ title: '', url: '', platform: 'web' }), [], { lang: 'da' })).toBe('# Talk uden titel\n');
  });

  it('writes the recording link without a length when the length is unknown', () => {
    for (const duration of [undefined, 0, Number.NaN]) {
      expect(exportTalk(makeTalk({ title: 'T', videoId: 'VIDEOID', duration }), [])).toBe(`# T\n\n[Recording](${YT})\n`);
    }
  });

  it('never writes deleted notes', () => {
    const talk = makeTalk({ title: 'T', videoId: 'VIDEOID' });
    const notes = [makeNote(talk, 'a', 1, 'note', 'kept'), makeNote(talk, 'b', 2, 'note', 'gone', { deletedAt: 3 })];
    expect(exportTalk(talk, notes)).toBe(`# T\n\n[Recording](${YT})\n\n- [0:01](${YT}&t=1s) kept\n`);
  });

  it('adds YAML front matter only when asked', () => {
    const talk = makeTalk({ title: 'Say "hi"', platform: 'web', url: '' });
    expect(exportTalk(talk, [], { frontMatter: true })).toBe('---\ntitle: "Say \\"hi\\""\ntags: [talk-notes]\n---\n\n# Say "hi"\n');
    expect(exportTalk(talk, [], { frontMatter: false })).toBe('# Say "hi"\n');
  });
});

describe('notes', () => {
  const talk = makeTalk({ title: 'T', videoId: 'VIDEOID' });
  /** The export's note list, checked to be all that follows the heading and the recording line. */
  const item = (text: string, kind: 'note' | 'quote' | 'question' = 'note') => {
    const out = exportTalk(talk, [makeNote(talk, 'n', 42, kind, text)]);
    const start = `# T\n\n[Recording](${YT})\n\n`;
    expect(out.startsWith(start) && out.endsWith('\n')).toBe(true);
    return out.slice(start.length, -1);
  };

  it.each([
    ['# x', '# x'],
    ['- x', '- x'],
    ['1. x', '1. x'],
    ['[a](b)', '\\[a\\](b)'],
    ['a | b', 'a \\| b'],
    ['``` fence', '\\`\\`\\` fence'],
    ['![pixel](https://e.x/p.png)', '\\![pixel](https://e.x/p.png)'],
    ['[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['[a]: https://e.x', '\\[a\\]: https://e.x'],
    ['*<b>x</b>*', '*\\<b>x\\</b>*'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)>'],
    ['a * b _ c snake_case', 'a \\* b \\_ c snake_case'],
    ['Q&A', 'Q&A'],
    ['~~x~~ \\o/ $5', '\\~\\~x\\~\\~ \\\\o/ \\$5'],
    ['bell\u0007 and\u0000 nul', 'bell and nul'],
  ])('escapes %j after the moment link as %j', (text, escaped) => {
    expect(item(text)).toBe(`- [0:42](${YT}&t=42s) ${escaped}`);
  });

  it.each([
    ['*a* _a_ snake_case', '*a* *a* snake_case'],
    ['**strong** and __strong__', '**strong** and **strong**'],
    ['run `rm -rf` twice', 'run `rm -rf` twice'],
    ['``a`b``', '``a`b``'],
    ['see [Zipkin](https://zipkin.io/) and <https://e.example/a>', 'see [Zipkin](https://zipkin.io/) and <https://e.example/a>'],
    ['mail <anne@e.example>', 'mail <anne@e.example>'],
    ['[**bold** link](http://e.example)', '[**bold** link](http://e.example/)'],
    ['*em* \\*not em\\*', '*em* \\*not em\\*'],
    // Entities read as the sidebar reads them: the character, escaped where it means something.
    ['&amp; Q&A &#60;b&#62;', '& Q&A \\<b>'],
  ])('lets inline Markdown %j through as %j', (text, written) => {
    expect(item(text)).toBe(`- [0:42](${YT}&t=42s) ${written}`);
  });

  it('keeps a multi-line note inside its item: hard breaks, continuation indented, blank runs collapsed', () => {
    expect(item('First line  \r\n# second\n\n\n\n> third\n1) fourth\n\n')).toBe(
      [`- [0:42](${YT}&t=42s) First line\\`, '  \\# second\\', '  \\', '  \\> third\\', '  1\\) fourth'].join('\n'),
    );
  });

  it('writes quotes in curly quotes, keeping an attribution typed after them', () => {
    expect(item('"Stabilize…Optimize…Transform" - Holger Reinhardt', 'quote')).toBe(
      `- [0:42](${YT}&t=42s) “Stabilize…Optimize…Transform” - Holger Reinhardt`,
    );
  });

  it('writes questions with Q:', () => {
    expect(item('Why *now*?', 'question')).toBe(`- [0:42](${YT}&t=42s) Q: Why *now*?`);
  });
});

describe('renderTalkSection', () => {
  it('writes the heading at the level asked, with no trailing newline', () => {
    expect(renderTalkSection(makeTalk({ title: 'T', platform: 'web', url: '' }), [], 3, 'en')).toBe('### T');
  });
});
