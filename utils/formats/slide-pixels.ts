/**
 * Whether a captured frame holds a picture. A protected (DRM) video, a frame not yet decoded or
 * a capture of the wrong area draws black or one flat colour: such an image is refused, never saved.
 */

/** Below this brightness (0–255) everywhere, a frame is black. */
const DARK = 16;
/** A frame whose channels all stay within this spread is one flat colour. */
const FLAT = 6;
/** Pixels sampled at most: enough to see a slide's text, cheap on a 1280-pixel frame. */
const SAMPLES = 4096;

/** Why the RGBA pixels `rgba` make no picture, in words for the person; null when they do. */
export function blankFrame(rgba: ArrayLike<number>): string | null {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return 'The captured frame is empty. Nothing was saved.';
  const step = Math.max(1, Math.floor(pixels / SAMPLES));
  const min = [255, 255, 255];
  const max = [0, 0, 0];
  for (let p = 0; p < pixels; p += step) {
    for (let c = 0; c < 3; c++) {
      const v = rgba[p * 4 + c] ?? 0;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  if (max.every((v) => v < DARK)) {
    return 'The captured frame is black: the video may be protected, or not showing a picture yet. Nothing was saved.';
  }
  if (max.every((v, c) => v - min[c]! <= FLAT)) {
    return 'The captured frame is one flat colour, not a picture of the video. Nothing was saved.';
  }
  return null;
}
