import { describe, expect, it } from 'vitest';
import { exportConference } from '@/utils/formats/markdown-conference';
import type { TalkId } from '@/utils/model/ids';
import type { Note, Talk } from '@/utils/model/types';
import { makeConference, makeNote, makeTalk } from './markdown-fixtures';

/** A talk with no recording address, so a section is its heading plus whatever the test adds. */
function bare(id: string, title: string, over: Partial<Talk> = {}): Talk {
  return makeTalk({ id: id as TalkId, videoId: id, title, platform: 'web', url: '', ...over });
}

const none = new Map<TalkId, Note[]>();

describe('exportConference', () => {
  it('is only the name when the conference has nothing else', () => {
    expect(exportConference(makeConference({ name: 'Conf' }), [], none)).toBe('# Conf\n');
    expect(exportConference(makeConference({ name: ' ', lang: 'da' }), [], none)).toBe('# Konference uden navn\n');
  });

  it('writes tagline, date range and venue, intro and closing around the talks', () => {
    const conf = makeConference({
      name: 'Conf',
      tagline: ' To the *Cloud* ',
      startDate: '2016-08-31',
      endDate: '2016-09-02',
      venue: 'Pakhuis West',
      intro: 'Hello.\n\n- Notes follow.',
      closing: 'Thanks!',
    });
    expect(exportConference(conf, [bare('a', 'Talk A')], none)).toBe(
      '# Conf\n\n*To the \\*Cloud\\**\n\n31 August – 2 September 2016 · Pakhuis West\n\nHello.\n\n\\- Notes follow.\n\n## Talk A\n\nThanks!\n',
    );
  });

  it('writes the venue alone, or the dates alone, when only one is known', () => {
    expect(exportConference(makeConference({ name: 'C', venue: 'Online' }), [], none)).toBe('# C\n\nOnline\n');
    expect(exportConference(makeConference({ name: 'C', startDate: '2021-05-17', endDate: '2021-05-20' }), [], none)).toBe(
      '# C\n\n17–20 May 2021\n',
    );
  });

  it('escapes a Danish date line so "31. " does not start an ordered list', () => {
    const conf = makeConference({ name: 'C', lang: 'da', startDate: '2016-08-31', endDate: '2016-09-02', venue: 'Pakhuis West' });
    expect(exportConference(conf, [], none)).toBe('# C\n\n31\\. august – 2. september 2016 · Pakhuis West\n');
  });

  it('groups talks under their days, days in order, talks by programme order then title', () => {
    const conf = makeConference({
      name: 'C',
      days: [
        { number: 2, date: '2016-09-01' },
        { number: 1, date: '2016-08-31', theme: 'Workshops' },
      ],
    });
    const talks = [
      bare('d2b', 'Beta', { day: 2 }),
      bare('d2a', 'Alpha', { day: 2 }),
      bare('d2first', 'Zulu', { day: 2, order: 1 }),
      bare('d1', 'Workshop', { day: 1 }),
      bare('free', 'Hallway', {}),
      bare('gone', 'Deleted', { day: 1, deletedAt: 5 }),
    ];
    expect(exportConference(conf, talks, none)).toBe(
      [
        '# C',
        '## Day 1 – Wednesday 31 August 2016 – Workshops',
        '### Workshop',
        '## Day 2 – Thursday 1 September 2016',
        '### Zulu',
        '### Alpha',
        '### Beta',
        '## Other talks',
        '### Hallway',
      ].join('\n\n') + '\n',
    );
  });

  it('writes a day section for a day the talks name even when the conference does not describe it', () => {
    expect(exportConference(makeConference({ name: 'C' }), [bare('a', 'A', { day: 3 })], none)).toBe('# C\n\n## Day 3\n\n### A\n');
  });

  it('makes talks ## when no talk has a day, and never writes a day without talks', () => {
    const conf = makeConference({ name: 'C', days: [{ number: 1, date: '2016-08-31', theme: 'Empty' }] });
    expect(exportConference(conf, [bare('a', 'A', { day: 0 }), bare('b', 'B', { day: 1.5 })], none)).toBe(
      '# C\n\n## A\n\n## B\n',
    );
  });

  it('writes each talk’s notes from the map; a talk without notes is its heading alone', () => {
    const a = makeTalk({ id: 'youtube:AAAAAAAAAAA' as TalkId, videoId: 'AAAAAAAAAAA', title: 'A' });
    const b = bare('b', 'B');
    const notes = new Map<TalkId, Note[]>([[a.id, [makeNote(a, 'n', 7, 'note', 'seven')]]]);
    expect(exportConference(makeConference({ name: 'C' }), [a, b], notes)).toBe(
      [
        '# C',
        '## A',
        '[Recording](https://www.youtube.com/watch?v=AAAAAAAAAAA)',
        '- [0:07](https://www.youtube.com/watch?v=AAAAAAAAAAA&t=7s) seven',
        '## B',
      ].join('\n\n') + '\n',
    );
  });

  it('writes Danish labels from the conference’s language', () => {
    const conf = makeConference({ name: 'C', lang: 'da', days: [{ number: 1, date: '2021-05-17', theme: 'Cloud Native Rust Day' }] });
    expect(exportConference(conf, [bare('a', 'A', { day: 1 }), bare('b', 'B')], none)).toBe(
      '# C\n\n## Dag 1 – mandag 17. maj 2021 – Cloud Native Rust Day\n\n### A\n\n## Øvrige talks\n\n### B\n',
    );
  });
});

describe('exportConference of one day', () => {
  const conf = makeConference({
    name: 'C',
    tagline: 'T',
    startDate: '2016-08-31',
    endDate: '2016-09-02',
    intro: 'Intro.',
    closing: 'Bye.',
    days: [{ number: 2, date: '2016-09-01' }],
  });
  const talks = [bare('a', 'A', { day: 1 }), bare('b', 'B', { day: 2 }), bare('c', 'C')];

  it('keeps the conference heading, tagline and dates, and only that day’s section', () => {
    expect(exportConference(conf, talks, none, { day: 2 })).toBe(
      '# C\n\n*T*\n\n31 August – 2 September 2016\n\n## Day 2 – Thursday 1 September 2016\n\n### B\n',
    );
  });

  it('writes no day heading for a day without talks', () => {
    expect(exportConference(conf, talks, none, { day: 4 })).toBe('# C\n\n*T*\n\n31 August – 2 September 2016\n');
  });

  it('dates its front matter by the day, and names the day in the title', () => {
    expect(exportConference(conf, talks, none, { day: 2, frontMatter: true })).toMatch(
      /^---\ntitle: "C – Day 2"\ndate: 2016-09-01\ntags: \[talk-notes\]\n---\n\n# C\n/,
    );
  });
});

describe('conference front matter', () => {
  it('is written only when asked, dated by the first day', () => {
    const conf = makeConference({ name: 'Software Circus 2016 – Amsterdam', startDate: '2016-08-31' });
    expect(exportConference(conf, [], none, { frontMatter: true })).toBe(
      '---\ntitle: "Software Circus 2016 – Amsterdam"\ndate: 2016-08-31\ntags: [talk-notes]\n---\n\n# Software Circus 2016 – Amsterdam\n\n31 August 2016\n',
    );
    expect(exportConference(conf, [], none)).toBe('# Software Circus 2016 – Amsterdam\n\n31 August 2016\n');
  });
});
