import { describe, expect, it } from 'vitest';
import { momentLinks, noteItem, noteText, questionText, quoteText, safeDeepLink, sortedNotes, tipText } from '@/utils/formats/markdown-note';
import { escapeDestination } from '@/utils/formats/markdown-escape';
import { makeNote, makeTalk } from './markdown-fixtures';

const talk = makeTalk({ videoId: 'VIDEOID' });

describe('sortedNotes', () => {
  it('orders by moment, then creation time, then id, and drops deleted notes', () => {
    const notes = [
      makeNote(talk, 'c', 60, 'note', 'c', { createdAt: 5 }),
      makeNote(talk, 'b', 60, 'note', 'b', { createdAt: 5 }),
      makeNote(talk, 'a', 60, 'note', 'a', { createdAt: 9 }),
      makeNote(talk, 'z', 10, 'note', 'z'),
      makeNote(talk, 'gone', 1, 'note', 'gone', { deletedAt: 7 }),
      makeNote(talk, 'nan', Number.NaN, 'note', 'nan'),
      makeNote(talk, 'neg', -5, 'note', 'neg', { createdAt: 1 }),
    ];
    expect(sortedNotes(notes).map((n) => n.id)).toEqual(['neg', 'nan', 'z', 'b', 'c', 'a']);
  });

  it('does not reorder the array it is given', () => {
    const notes = [makeNote(talk, 'b', 2, 'note', ''), makeNote(talk, 'a', 1, 'note', '')];
    sortedNotes(notes);
    expect(notes.map((n) => n.id)).toEqual(['b', 'a']);
  });
});

describe('quoteText', () => {
  it.each([
    ['Conference speakers are professional enthusiasts', '“Conference speakers are professional enthusiasts”'],
    ['"Straight quotes"', '“Straight quotes”'],
    ['“Curly quotes”', '“Curly quotes”'],
    ['„Danish quotes“', '“Danish quotes”'],
    ['"Unclosed', '“Unclosed”'],
    ['Unopened"', '“Unopened”'],
    ['  " padded "  ', '“padded”'],
    ['"He said "hi" to me"', '“He said "hi" to me”'],
    [
      '"Division of labour has caused a greater increase in production" - Adam Smith, “The wealth of Nations”, 1776',
      '“Division of labour has caused a greater increase in production” - Adam Smith, “The wealth of Nations”, 1776',
    ],
    ['“Culture determines and limits strategy” – Edgar Schein', '“Culture determines and limits strategy” – Edgar Schein'],
    ['"Stabilize"— Holger', '“Stabilize” — Holger'],
    ['""', ''],
    ['   ', ''],
    ['\u0007', ''],
  ])('%j → %j', (input, output) => {
    expect(quoteText(input)).toBe(output);
  });
});

describe('questionText', () => {
  it.each([
    ['Is the modern equivalent cloud services?', 'Q: Is the modern equivalent cloud services?'],
    ['Q: Already labelled?', 'Q: Already labelled?'],
    ['q:lower case?', 'Q: lower case?'],
    ['Spørgsmål: Hvorfor?', 'Q: Hvorfor?'],
    ['Q:', ''],
    ['\u0000', ''],
  ])('%j → %j', (input, output) => {
    expect(questionText(input, 'en')).toBe(output);
  });

  it('keeps the Q: label in Danish', () => {
    expect(questionText('Hvorfor?', 'da')).toBe('Q: Hvorfor?');
  });
});

describe('tipText', () => {
  it.each([
    ['Do not read the whole book, read the overview.', 'en', 'Tip: Do not read the whole book, read the overview.'],
    ['Tip: already labelled', 'en', 'Tip: already labelled'],
    ['tips:lower case', 'en', 'Tip: lower case'],
    ['Læs oversigten først.', 'da', 'Tip: Læs oversigten først.'],
    ['Tip:', 'en', ''],
    ['  ', 'da', ''],
  ] as const)('%j in %s → %j', (input, lang, output) => {
    expect(tipText(input, lang)).toBe(output);
  });
});

describe('noteText', () => {
  it('writes a tip with its label, as a list item like any note', () => {
    const tip = makeNote(talk, 'n', 130, 'tip', 'Do not read the *whole* book');
    expect(noteItem(talk, tip, 'da')).toBe('- [2:10](https://www.youtube.com/watch?v=VIDEOID&t=130s) Tip: Do not read the *whole* book');
  });

  it.each([
    ['note', '  As typed  '],
    ['thought', '  As typed  '],
  ] as const)('writes a %s as typed', (kind, text) => {
    expect(noteText(makeNote(talk, 'n', 0, kind, text), 'en')).toBe(text);
  });
});

describe('noteItem', () => {
  it.each([
    [makeTalk({ videoId: 'VIDEOID' }), 42, '- [0:42](https://www.youtube.com/watch?v=VIDEOID&t=42s) x'],
    [makeTalk({ videoId: 'VIDEOID' }), 3723.9, '- [1:02:03](https://www.youtube.com/watch?v=VIDEOID&t=3723s) x'],
    [makeTalk({ platform: 'vimeo', url: 'https://vimeo.com/123#x' }), 75, '- [1:15](https://vimeo.com/123#t=75s) x'],
    [makeTalk({ platform: 'peertube', url: 'https://tube.example/w/abc' }), 62, '- [1:02](https://tube.example/w/abc?start=62s) x'],
    [makeTalk({ platform: 'web', url: 'https://conf.example/talk (1)' }), 9, '- [0:09](https://conf.example/talk%20%281%29#t=9) x'],
    [makeTalk({ platform: 'web', url: 'javascript:alert(1)//' }), 9, '- 0:09 x'],
    [makeTalk({ platform: 'peertube', url: 'not a url' }), 9, '- 0:09 x'],
  ])('links the moment where the recording can be opened (%#)', (t, at, line) => {
    expect(noteItem(t, makeNote(t, 'n', at, 'note', 'x'), 'en')).toBe(line);
  });

  it('is the moment link alone for a note without text', () => {
    expect(noteItem(talk, makeNote(talk, 'n', 5, 'note', ''), 'en')).toBe('- [0:05](https://www.youtube.com/watch?v=VIDEOID&t=5s)');
  });
});

describe('momentLinks', () => {
  const talks = [
    makeTalk({ videoId: 'VIDEOID' }),
    makeTalk({ videoId: 'STREAMID001#t=3600' }),
    makeTalk({ platform: 'vimeo', url: 'https://vimeo.com/123#x' }),
    makeTalk({ platform: 'peertube', url: 'https://tube.example/w/abc' }),
    makeTalk({ platform: 'peertube', url: 'https://tube.example/w/abc?start=10s&lang=de' }),
    makeTalk({ platform: 'mediaccc', url: 'https://media.ccc.de/v/38c3-1' }),
    makeTalk({ platform: 'web', url: 'https://conf.example/talk (1)?a=1&amp;b=0' }),
    makeTalk({ platform: 'web', url: 'https://conf.example/0' }),
    makeTalk({ platform: 'web', url: 'javascript:alert(1)//' }),
    makeTalk({ platform: 'peertube', url: 'not a url' }),
  ];
  const moments = [0, 0.5, 1, 7.5, 10, 59, 60, 99, 100, 3599, 3600, 3725, 86_399, 1_000_000];

  it.each(talks.map((t) => [t.url, t] as const))('gives exactly the link made afresh for every moment: %s', (_, talk) => {
    const links = momentLinks(talk);
    const afresh = (at: number) => {
      const url = safeDeepLink(talk, at);
      return url === undefined ? undefined : escapeDestination(url);
    };
    expect(moments.map(links)).toEqual(moments.map(afresh));
  });
});
