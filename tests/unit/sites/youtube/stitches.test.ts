import { describe, expect, it } from 'vitest';
import { addStitch, stitchedBefore, talkToVideo, videoToTalk, type Stitch } from '@/utils/sites/youtube/stitches';

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
