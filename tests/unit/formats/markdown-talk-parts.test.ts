import { describe, expect, it } from 'vitest';
import { labelsFor } from '@/utils/formats/labels';
import { exportTalk, speakerLine } from '@/utils/formats/markdown-talk';
import type { Speaker, Talk } from '@/utils/model/types';
import { makeNote, makeTalk } from './markdown-fixtures';

const YT = 'https://www.youtube.com/watch?v=VIDEOID';

describe('the speaker line', () => {
  const l = labelsFor('en');
  const anne: Speaker = { name: 'Anne Currie', role: 'Co-founder', org: 'MicroScaling Systems', handles: ['@microscaling', '@anne_e_currie'] };
  it.each([
    [[{ name: 'Adrian Cole', handles: ['@adrianfcole'] }], 'by Adrian Cole, @adrianfcole'],
    [[anne], 'by Anne Currie, Co-founder at MicroScaling Systems, @microscaling, @anne_e_currie'],
    [[{ name: 'Stuart Williams', role: 'Product Manager' }], 'by Stuart Williams, Product Manager'],
    [[{ name: 'David N. Blank-Edelman', org: 'Apcera' }], 'by David N. Blank-Edelman, Apcera'],
    [[{ name: 'Bruno Largo' }, { name: 'Feilong Wang' }], 'by Bruno Largo and Feilong Wang'],
    [[{ name: 'A' }, { name: 'B' }, { name: 'C' }], 'by A, B and C'],
    [[{ name: 'A', org: 'X' }, { name: '  ' }, { name: 'C', handles: ['', ' @c '] }], 'by A, X and C, @c'],
    [[{ name: 'A*', role: '<b>', org: '[x]', handles: ['@_x_'] }], 'by A\\*, \\<b> at \\[x\\], @\\_x\\_'],
    [[{ name: 'Multi\nline', role: ' ', org: '' }], 'by Multi line'],
  ])('%j → %j', (speakers, line) => {
    expect(speakerLine(speakers, l)).toBe(line);
  });

  it('is left out when no speaker has a name', () => {
    expect(speakerLine([{ name: '', org: 'X' }], l)).toBeUndefined();
    expect(exportTalk(makeTalk({ title: 'T', platform: 'web', url: '', speakers: [{ name: ' ' }] }), [])).toBe('# T\n');
  });

  it('is Danish with "af", "og" and "hos"', () => {
    expect(speakerLine([{ name: 'A', role: 'CTO', org: 'X' }, { name: 'B' }], labelsFor('da'))).toBe('af A, CTO hos X og B');
  });
});

describe('thoughts', () => {
  const base = makeTalk({ title: 'T', videoId: 'VIDEOID' });

  it('writes the reflection as paragraphs opened by "My thoughts:"', () => {
    const talk = { ...base, thoughts: 'Good.\nReally.\n\n\n- Still a paragraph.' };
    expect(exportTalk(talk, [])).toBe(`# T\n\n[Recording](${YT})\n\nMy thoughts: Good.\\\nReally.\n\n\\- Still a paragraph.\n`);
  });

  it('gathers timestamped thoughts after the notes, under the one label', () => {
    const talk = { ...base, thoughts: 'Worth it.' };
    const notes = [
      makeNote(talk, 't2', 90, 'thought', 'Ask about *this*'),
      makeNote(talk, 'n1', 60, 'note', 'Said.'),
      makeNote(talk, 't1', 30, 'thought', 'Hmm.'),
      makeNote(talk, 't0', 10, 'thought', '  '),
      makeNote(talk, 't00', 11, 'thought', '\u0000\n\u0007'),
    ];
    expect(exportTalk(talk, notes)).toBe(
      [
        '# T',
        '',
        `[Recording](${YT})`,
        '',
        `- [1:00](${YT}&t=60s) Said.`,
        '',
        'My thoughts: Worth it.',
        `- [0:30](${YT}&t=30s) Hmm.`,
        `- [1:30](${YT}&t=90s) Ask about *this*`,
        '',
      ].join('\n'),
    );
  });

  it('writes the label alone above timestamped thoughts when there is no reflection', () => {
    const notes = [makeNote(base, 't', 30, 'thought', 'Hmm.')];
    expect(exportTalk({ ...base, thoughts: ' ' }, notes, { lang: 'da' })).toBe(
      `# T\n\n[Optagelse](${YT})\n\nMine tanker:\n- [0:30](${YT}&t=30s) Hmm.\n`,
    );
  });
});

describe('links', () => {
  const talk = (links: Talk['links']) => makeTalk({ title: 'T', platform: 'web', url: '', links });

  it('lists web links, falls back to the address as label, and keeps other schemes as plain text', () => {
    expect(
      exportTalk(
        talk([
          { label: 'Slides [PDF]', url: 'https://speakerdeck.com/x y' },
          { label: '', url: 'https://github.com/x' },
          { label: 'Click me', url: 'javascript:alert(1)' },
          { label: '- evil', url: 'data:text/html,x' },
          { label: '', url: 'javascript:alert(2)' },
          { label: '', url: '' },
        ]),
        [],
      ),
    ).toBe(
      [
        '# T',
        '',
        'Links:',
        '- [Slides \\[PDF\\]](https://speakerdeck.com/x%20y)',
        '- [https://github.com/x](https://github.com/x)',
        '- Click me',
        '- \\- evil',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the section when no link has anything to show', () => {
    expect(exportTalk(talk([{ label: '', url: 'javascript:x' }]), [])).toBe('# T\n');
  });
});
