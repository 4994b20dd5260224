/**
 * Checks of an image's bytes that arrive from outside (a page's capture, a backup file): the
 * size, and that the bytes begin as their type says. Decoding them is left to the browser.
 */
import { fail } from '@/utils/model/check';
import { SLIDE_MAX_BYTES, type SlideType } from '@/utils/model/slide';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of base64 `data`, checked to be an image of `type` no larger than SLIDE_MAX_BYTES. */
export function slideBytes(data: string, type: SlideType, path: string): Uint8Array<ArrayBuffer> {
  // Four characters carry three bytes: too long is refused before anything is decoded.
  if (data.length > Math.ceil(SLIDE_MAX_BYTES / 3) * 4) fail(path, `expected an image of at most ${SLIDE_MAX_BYTES / 1024 / 1024} MB`);
  if (data.length === 0 || data.length % 4 !== 0 || !BASE64.test(data)) fail(path, 'expected an image in base64');
  const bytes = base64ToBytes(data);
  if (!startsAs(bytes, type)) fail(path, `expected ${type === 'image/webp' ? 'a WebP' : 'a JPEG'} image, the bytes are not one`);
  return bytes;
}

/** Whether `b` begins as an image of `type` does (its bytes from elsewhere, say a sync server). */
export function startsAs(b: Uint8Array, type: SlideType): boolean {
  if (type === 'image/jpeg') return b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  return b.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
}


/** Bytes as base64, in chunks: String.fromCharCode with a whole image's bytes as arguments overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of base64 text (checked by the caller). */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
