// A captured frame that is black or one flat colour is refused in words; a picture is not.
import { describe, expect, it } from 'vitest';
import { blankFrame } from '@/utils/formats/slide-pixels';
import { fitSize } from '@/utils/slides/codec';

const frame = (pixels: number, colour: (i: number) => [number, number, number]) =>
  Uint8ClampedArray.from({ length: pixels * 4 }, (_, k) => (k % 4 === 3 ? 255 : colour(Math.floor(k / 4))[k % 4]!));

describe('blankFrame', () => {
  it('refuses black, even a noisy near-black', () => {
    expect(blankFrame(frame(1000, (i) => [i % 9, 0, i % 5]))).toBe(
      'The captured frame is black: the video may be protected, or not showing a picture yet. Nothing was saved.',
    );
  });
  it('refuses one flat colour', () => {
    expect(blankFrame(frame(1000, (i) => [200 + (i % 5), 30, 30]))).toBe('The captured frame is one flat colour, not a picture of the video. Nothing was saved.');
  });
  it('accepts a picture: half red, half blue; a dark slide with white text', () => {
    expect(blankFrame(frame(1000, (i) => (i < 500 ? [255, 0, 0] : [0, 0, 255])))).toBeNull();
    expect(blankFrame(frame(10_000, (i) => (i % 997 === 0 ? [255, 255, 255] : [0, 0, 0])))).toBeNull();
  });
  it('refuses an empty image', () => {
    expect(blankFrame(new Uint8ClampedArray(0))).toBe('The captured frame is empty. Nothing was saved.');
  });
});

describe('fitSize', () => {
  it('keeps the long side within 1280 pixels and the shape, never upscales', () => {
    expect(fitSize(1920, 1080)).toEqual({ width: 1280, height: 720 });
    expect(fitSize(1080, 1920)).toEqual({ width: 720, height: 1280 });
    expect(fitSize(320, 180)).toEqual({ width: 320, height: 180 });
    expect(fitSize(4000, 1)).toEqual({ width: 1280, height: 1 });
  });
});
