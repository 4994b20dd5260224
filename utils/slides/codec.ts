/**
 * A slide's image made from a frame: scaled to SLIDE_MAX_SIDE, its pixels checked, encoded as
 * WebP (JPEG where the browser cannot encode WebP). Runs where the frame is: the page's script
 * (a video it can read) and the background (a capture of the visible tab).
 */
import { blankFrame } from '@/utils/formats/slide-pixels';
import { SLIDE_MAX_SIDE, type SlidePayload, type SlideType } from '@/utils/model/slide';

export type { SlidePayload } from '@/utils/model/slide';


/** A capture that made no usable image; `message` is for the person. */
export class SlideError extends Error {
  override readonly name = 'SlideError';
}

/** The part of a source to draw, in its own pixels. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `width`×`height` scaled so its long side is at most `max`, whole pixels, never 0. */
export function fitSize(width: number, height: number, max = SLIDE_MAX_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether reading the pixels was refused because the source came from another origin without leave (a tainted canvas). */
export function isTainted(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'SecurityError';
}

/**
 * Draws `crop` of `source` scaled to fit, refuses a black or flat frame, and encodes it.
 * Throws SlideError for a frame that is no picture, the browser's SecurityError where the
 * source is tainted (the caller falls back to the visible tab).
 */
export async function encodeFrame(source: CanvasImageSource, crop: Crop, preview?: Preview): Promise<SlidePayload> {
  if (crop.width < 1 || crop.height < 1) throw new SlideError('The video has no picture to capture yet. Nothing was saved.');
  const { width, height } = fitSize(crop.width, crop.height);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new SlideError('This browser could not draw the frame. Nothing was saved.');
  ctx.drawImage(source, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height);
  // Throws SecurityError on a tainted canvas: the caller decides what comes next.
  const blank = blankFrame(sample(canvas));
  if (blank) throw new SlideError(blank);
  if (preview) preview(await encodeCanvas(scaled(canvas, PREVIEW_SIDE)), width, height);
  const blob = await encodeCanvas(canvas);
  return { data: await blobToBase64(blob), type: blob.type as SlideType, width, height };
}

/**
 * A promise of ours settled as `p` settles. In a Firefox content script the canvas's objects
 * come from the page's side, where reading them can be refused ("Permission denied to access
 * property constructor", seen on the blob's ArrayBuffer); `await` reads a promise's
 * constructor, `then` does not.
 */
function own<T>(p: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => void p.then(resolve, reject));
}

/** Side of the copy whose pixels are checked: reading all of a 1280-pixel frame back costs more than the check needs. */
const SAMPLE_SIDE = 96;
/** Side of the preview a thumbnail shows while the whole image is encoded (a thumbnail is 160 CSS pixels wide). */
const PREVIEW_SIDE = 320;

/** Hears a small image of the frame (and the whole image's size) as soon as the frame passed its check, before the whole image is encoded. */
export type Preview = (blob: Blob, width: number, height: number) => void;

/** A copy of `canvas` with its long side at most `side` (tainted with it, as any copy is). */
function scaled(canvas: OffscreenCanvas, side: number): OffscreenCanvas {
  const { width, height } = fitSize(canvas.width, canvas.height, side);
  const small = new OffscreenCanvas(width, height);
  const ctx = small.getContext('2d');
  if (!ctx) throw new SlideError('This browser could not draw the frame. Nothing was saved.');
  ctx.drawImage(canvas, 0, 0, width, height);
  return small;
}

/** The pixels of a small copy of `canvas`: the read throws on a tainted canvas as the original's would. */
function sample(canvas: OffscreenCanvas): Uint8ClampedArray {
  const small = scaled(canvas, SAMPLE_SIDE);
  return small.getContext('2d')!.getImageData(0, 0, small.width, small.height).data;
}

/** WebP when the browser writes it (the result's type says), else JPEG. */
async function encodeCanvas(canvas: OffscreenCanvas): Promise<Blob> {
  const webp = await own(canvas.convertToBlob({ type: 'image/webp', quality: 0.82 }));
  if (webp.type === 'image/webp') return webp;
  const jpeg = await own(canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 }));
  if (jpeg.type === 'image/jpeg') return jpeg;
  throw new SlideError('This browser could not encode the image. Nothing was saved.');
}

/**
 * The blob's bytes, base64. Read as a data URL: a string crosses from the page's side of a
 * Firefox content script where its ArrayBuffer does not.
 */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });
}

