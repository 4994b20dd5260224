import { describe, expect, it } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import { LAST_CUE_MS, timestamp, webvttOf } from '@/utils/formats/webvtt';
import { aNote, aTalk } from '../model/records';

const id = (n: number) => `0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c${String(n).padStart(2, '0')}` as NoteId;
const HEAD = ['WEBVTT', '', 'NOTE', 'When Containers Attack', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', ''];

describe('webvttOf', () => {
  it('writes one cue per note, from its moment to the next, labelled by kind; the last runs to the talk’s end', () => {
    const notes = [
      aNote({ id: id(4), at: 1265.5, kind: 'thought', text: 'Read the overview, not the book.' }),
      aNote({ id: id(1), at: 42, text: 'Diversity is key to innovation.' }),
      aNote({ id: id(2), at: 195, kind: 'quote', text: '"Conference speakers are professional enthusiasts"' }),
      aNote({ id: id(3), at: 723, kind: 'question', text: 'Is the modern equivalent cloud services?' }),
    ];
    expect(webvttOf(aTalk({ duration: 2467 }), notes, 'en')).toBe(
      [
        ...HEAD,
        id(1),
        '00:00:42.000 --> 00:03:15.000',
        'Diversity is key to innovation.',
        '',
        id(2),
        '00:03:15.000 --> 00:12:03.000',
        '“Conference speakers are professional enthusiasts”',
        '',
        id(3),
        '00:12:03.000 --> 00:21:05.500',
        'Q: Is the modern equivalent cloud services?',
        '',
        id(4),
        '00:21:05.500 --> 00:41:07.000',
        'My thoughts: Read the overview, not the book.',
        '',
      ].join('\n'),
    );
  });

  it('writes the labels in the export’s language', () => {
    const notes = [aNote({ id: id(1), at: 1, kind: 'thought', text: 'Godt.' }), aNote({ id: id(2), at: 2, kind: 'question', text: 'Hvorfor?' })];
    const vtt = webvttOf(aTalk({ title: '' }), notes, 'da');
    expect(vtt).toBe(
      [
        'WEBVTT',
        '',
        'NOTE',
        'Talk uden titel',
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        '',
        id(1),
        '00:00:01.000 --> 00:00:02.000',
        'Mine tanker: Godt.',
        '',
        id(2),
        '00:00:02.000 --> 00:00:12.000',
        'Q: Hvorfor?',
        '',
      ].join('\n'),
    );
  });

  it('ends the last cue a fixed length after it when the talk’s length is unknown or already past', () => {
    const one = [aNote({ id: id(1), at: 3600 })];
    expect(LAST_CUE_MS).toBe(10_000);
    expect(webvttOf(aTalk(), one, 'en')).toContain('01:00:00.000 --> 01:00:10.000\n');
    expect(webvttOf(aTalk({ duration: 3600 }), one, 'en')).toContain('01:00:00.000 --> 01:00:10.000\n');
    expect(webvttOf(aTalk({ duration: 3600.25 }), one, 'en')).toContain('01:00:00.000 --> 01:00:00.250\n');
  });

  it('ends a stream part’s last cue at the part’s end, in the stream’s time', () => {
    const part = aTalk({ videoId: 'dQw4w9WgXcQ#t=3000', duration: 1800 });
    const vtt = webvttOf(part, [aNote({ id: id(1), at: 4000 })], 'en');
    expect(vtt).toBe(
      ['WEBVTT', '', 'NOTE', 'When Containers Attack', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3000s', '', id(1), '01:06:40.000 --> 01:20:00.000', 'Diversity is key to innovation.', ''].join('\n'),
    );
  });

  it('gives notes at one moment (to the millisecond) the same end, never a zero-length cue', () => {
    const notes = [
      aNote({ id: id(1), at: 10, createdAt: 1 }),
      aNote({ id: id(2), at: 10.0004, createdAt: 2, text: 'Second at the same moment' }),
      aNote({ id: id(3), at: 10, createdAt: 3, text: 'Third' }),
      aNote({ id: id(4), at: 20, text: 'Later' }),
    ];
    const timings = webvttOf(aTalk(), notes, 'en')
      .split('\n')
      .filter((l) => l.includes('-->'));
    expect(timings).toEqual([
      '00:00:10.000 --> 00:00:20.000',
      '00:00:10.000 --> 00:00:20.000',
      '00:00:10.000 --> 00:00:20.000',
      '00:00:20.000 --> 00:00:30.000',
    ]);
  });

  it('escapes &, < and > (so no `-->` ends a cue), keeps a note’s lines and drops its blank ones', () => {
    const hostile = 'a --> b & <b>bold</b> &amp;\r\n\r\n  \n00:00:01.000 --> 00:00:02.000\nlast line  \u0007';
    expect(webvttOf(aTalk(), [aNote({ id: id(1), at: 0, text: hostile })], 'en')).toBe(
      [
        ...HEAD,
        id(1),
        '00:00:00.000 --> 00:00:10.000',
        'a --&gt; b &amp; &lt;b&gt;bold&lt;/b&gt; &amp;amp;',
        '00:00:01.000 --&gt; 00:00:02.000',
        'last line',
        '',
      ].join('\n'),
    );
  });

  it('keeps the title and address to one comment line each, without `-->`', () => {
    const vtt = webvttOf(aTalk({ title: 'A\n\ntalk --> with WEBVTT\nlines' }), [], 'en');
    expect(vtt).toBe(['WEBVTT', '', 'NOTE', 'A talk --&gt; with WEBVTT lines', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', ''].join('\n'));
  });

  it('leaves out deleted notes and notes without text', () => {
    const notes = [
      aNote({ id: id(1), at: 5, deletedAt: 1_700_000_000_001 }),
      aNote({ id: id(2), at: 6, text: ' \n ' }),
      aNote({ id: id(3), at: 7, kind: 'quote', text: '""' }),
      aNote({ id: id(4), at: 8, text: 'kept' }),
    ];
    expect(webvttOf(aTalk(), notes, 'en')).toBe([...HEAD, id(4), '00:00:08.000 --> 00:00:18.000', 'kept', ''].join('\n'));
  });

  it('gives the same bytes whatever the order of the notes', () => {
    const notes = [aNote({ id: id(1), at: 5 }), aNote({ id: id(2), at: 5, text: 'b' }), aNote({ id: id(3), at: 1, text: 'c' })];
    expect(webvttOf(aTalk(), [...notes].reverse(), 'en')).toBe(webvttOf(aTalk(), notes, 'en'));
  });
});

describe('timestamp', () => {
  it('writes hh:mm:ss.ttt, with more hour digits when needed', () => {
    expect(timestamp(0)).toBe('00:00:00.000');
    expect(timestamp(61_001)).toBe('00:01:01.001');
    expect(timestamp(3_599_999)).toBe('00:59:59.999');
    expect(timestamp(604_800_000)).toBe('168:00:00.000');
  });
});
