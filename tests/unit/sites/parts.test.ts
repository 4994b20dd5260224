import { describe, expect, it } from 'vitest';
import { deepLink, recordingLink } from '@/utils/formats/deep-link';
import { partVideoId, recordingIdOf, splitPart } from '@/utils/model/part-id';
import { partRef, talkAt, talksIn } from '@/utils/sites/parts';
import type { Chapter } from '@/utils/model/talk-ref';
import { youtubeRef } from '@/utils/sites/youtube/id';

const ch = (at: number, title: string, speaker?: string): Chapter => ({ at, title, speakers: speaker ? [{ name: speaker }] : [] });
const stream = [ch(0, 'Welcome'), ch(1200, 'Tracing', 'Adrian Cole'), ch(3000, 'Istio', 'Bruno Largo'), ch(4200, 'Lightning talks')];

describe('the talks of a recording', () => {
  it('are its chapters when at least two name speakers', () => {
    expect(talksIn(stream, []).map((c) => c.at)).toEqual([0, 1200, 3000, 4200]);
  });

  it('are none for one talk’s own chapters', () => {
    expect(talksIn([ch(0, 'Intro'), ch(95, 'Why tracing'), ch(600, 'Demo', 'Adrian Cole')], [])).toEqual([]);
    expect(talksIn(undefined, [])).toEqual([]);
  });

  it('take the starts marked by hand, in order, once per second', () => {
    expect(talksIn(undefined, [600.7, 30]).map((c) => c.at)).toEqual([30, 600]);
    expect(talksIn(stream, [1200.4, 2000]).map((c) => c.at)).toEqual([0, 1200, 2000, 3000, 4200]);
  });

  it.each([
    [0, 0], [1199.9, 0], [1200, 1], [3500, 2], [99999, 3],
  ])('at %s s the talk playing is #%s', (t, i) => {
    expect(talkAt(stream, t)).toBe(i);
  });

  it.each([
    [65, 0], [89.9, 0], [90, -1], [119, -1], [120, 1], [200, -1],
  ])('at %s s with ends the page gives (a break between), the talk playing is #%s', (t, i) => {
    const ended = [{ ...ch(60, 'A', 'X'), end: 90 }, { ...ch(120, 'B', 'Y'), end: 180 }];
    expect(talkAt(ended, t)).toBe(i);
  });

  it('is before the first talk when the first starts later', () => {
    expect(talkAt([ch(60, 'A', 'X'), ch(120, 'B', 'Y')], 10)).toBe(-1);
  });
});

describe('a talk within a recording', () => {
  const part = partRef(youtubeRef('cnSummitD1_'), 1200.6);

  it('is a talk of its own, keyed by the recording and its start second', () => {
    expect(part.videoId).toBe('cnSummitD1_#t=1200');
    expect(part.talkId).toBe('youtube:cnSummitD1_#t=1200');
    expect(splitPart(part.videoId)).toEqual({ recording: 'cnSummitD1_', start: 1200 });
    expect(recordingIdOf(part.videoId)).toBe('cnSummitD1_');
    expect(splitPart('cnSummitD1_')).toBeNull();
    expect(partVideoId('https://a.example/day1', 5)).toBe('https://a.example/day1#t=5');
  });

  it('links into the recording: notes at their moment, the talk at its start', () => {
    expect(deepLink(part, 1234)).toBe('https://www.youtube.com/watch?v=cnSummitD1_&t=1234s');
    expect(recordingLink(part)).toBe('https://www.youtube.com/watch?v=cnSummitD1_&t=1200s');
    const web = { platform: 'web' as const, videoId: 'https://a.example/day1#t=60', url: 'https://a.example/day1' };
    expect(deepLink(web, 75)).toBe('https://a.example/day1#t=75');
    expect(recordingLink(web)).toBe('https://a.example/day1#t=60');
  });
});
