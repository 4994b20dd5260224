// The WebVTT export is real subtitles: the browser's own WebVTT parser, loading the formatter's
// output into a <track>, reads back one cue per note with the note's moments and text.
import { describe, expect, it } from 'vitest';
import { webvttOf } from '@/utils/formats/webvtt';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note, NoteKind, Talk } from '@/utils/model/types';
import { useBrowser } from './harness/session';
import { cuesOf } from './track-steps';

const env = useBrowser({ hosts: ['conf.example'] });

const TALK: Talk = {
  id: 'web:conf-subtitles' as TalkId,
  platform: 'web',
  videoId: 'conf-subtitles',
  url: 'https://conf.example/talk',
  title: 'When Containers Attack',
  duration: 90,
  speakers: [],
  links: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};

let serial = 0;
function note(at: number, kind: NoteKind, text: string): Note {
  serial++;
  const id = `0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c${String(serial).padStart(2, '0')}` as NoteId;
  return { id, talkId: TALK.id, at, kind, text, createdAt: 1_700_000_000_000 + serial, updatedAt: 1_700_000_000_000 + serial };
}

const NOTES = [
  note(5, 'note', 'Diversity is key to innovation.'),
  note(12.25, 'quote', 'Conference speakers are professional enthusiasts'),
  note(12.25, 'question', 'Two notes at one moment?'),
  note(20, 'note', 'a --> b & <b>not bold</b> &amp; <c.x>\n\n00:00:01.000 --> 00:00:02.000\nthird line'),
  note(30, 'thought', 'Instead of giving answers Anne directs us\nto the two opposing entities.'),
  note(75.5, 'note', 'Last one runs to the end of the talk.'),
];

// Written by hand: what a viewer sees, and when.
const EXPECTED = [
  { id: NOTES[0]!.id, startTime: 5, endTime: 12.25, text: 'Diversity is key to innovation.' },
  { id: NOTES[1]!.id, startTime: 12.25, endTime: 20, text: '“Conference speakers are professional enthusiasts”' },
  { id: NOTES[2]!.id, startTime: 12.25, endTime: 20, text: 'Q: Two notes at one moment?' },
  { id: NOTES[3]!.id, startTime: 20, endTime: 30, text: 'a --> b & <b>not bold</b> &amp; <c.x>\n00:00:01.000 --> 00:00:02.000\nthird line' },
  { id: NOTES[4]!.id, startTime: 30, endTime: 75.5, text: 'My thoughts: Instead of giving answers Anne directs us\nto the two opposing entities.' },
  { id: NOTES[5]!.id, startTime: 75.5, endTime: 90, text: 'Last one runs to the end of the talk.' },
];

describe('WebVTT export in a browser', () => {
  it('loads into a <track> as one cue per note, at the notes’ moments, with their text', async () => {
    const cues = await cuesOf(env.browser, webvttOf(TALK, NOTES, 'en'));
    expect(cues).toEqual(EXPECTED);
  });
});
