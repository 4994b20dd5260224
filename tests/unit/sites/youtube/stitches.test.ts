import { describe, expect, it } from 'vitest';
import { addStitch, reconcile, stitchedBefore, talkToVideo, videoToTalk, type Stitch } from '@/utils/sites/youtube/stitches';

const two: Stitch[] = [
  { at: 100, length: 15 },
  { at: 300, length: 20 },
];

describe('stitched ad offsets', () => {
  it.each([
    [50, 50],
    [100, 100],
    [107, 100],
    [115, 100],
    [130, 115],
    [300, 285],
    [310, 285],
    [400, 365],
  ])('reads video time %d as talk time %d', (video, talk) => {
    expect(videoToTalk(two, video)).toBe(talk);
  });

  it.each([
    [50, 50],
    [99, 99],
    [100, 115],
    [284, 299],
    [285, 320],
    [365, 400],
  ])('shows talk time %d at video time %d', (talk, video) => {
    expect(talkToVideo(two, talk)).toBe(video);
  });

  it('sums the ads before a point', () => {
    expect([stitchedBefore(two, 99), stitchedBefore(two, 200), stitchedBefore(two, Infinity)]).toEqual([0, 15, 35]);
  });

  it('keeps one entry per place, sorted, the longest measurement winning', () => {
    let list = addStitch([], 300, 20);
    list = addStitch(list, 100, 14.8);
    list = addStitch(list, 100.2, 15);
    list = addStitch(list, 99.9, 14);
    expect(list).toEqual([
      { at: 100.2, length: 15 },
      { at: 300, length: 20 },
    ]);
  });

  it('ignores flicker shorter than half a second', () => {
    expect(addStitch([], 10, 0.2)).toEqual([]);
  });
});

describe('stitched ads brought in line with the talk time the player shows', () => {
  const ad = (at: number, length: number): Stitch => ({ at, length });
  it.each<[string, Stitch[], number, number, Stitch[]]>([
    ['agrees: nothing changes', [ad(0, 5)], 21.5, 16, [ad(0, 5)]],
    ['within the display’s rounding: nothing changes', [ad(0, 5)], 21.9, 16, [ad(0, 5)]],
    ['a pre-roll seen from its third second: stretched back to the media’s start', [ad(2, 3)], 21.5, 16, [ad(0, 5)]],
    ['an ad never seen: put at the media’s start', [], 30.2, 25, [ad(0, 5.2)]],
    ['a mid-roll seen from its fifth second: stretched back by what is missing', [ad(105, 10)], 130.1, 115, [ad(99.9, 15.1)]],
    ['a later ad the display already counts is left alone', [ad(300, 20)], 30.2, 25, [ad(0, 5.2), ad(300, 20)]],
    ['an ad counted too long: shortened', [ad(100, 15)], 130.1, 120, [ad(100, 10.1)]],
    ['an ad no longer in the media: dropped', [ad(100, 15)], 130.1, 130, []],
  ])('%s', (_name, list, video, shown, expected) => {
    expect(reconcile(list, video, shown).map((s) => ({ at: Math.round(s.at * 10) / 10, length: Math.round(s.length * 10) / 10 }))).toEqual(expected);
  });
});
