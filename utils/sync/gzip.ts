/**
 * gzip with the platform's CompressionStream (service workers, pages and Node alike): the
 * records' JSON shrinks to about a fifth, so a first sync sends a fifth of the bytes.
 * Inflating stops at a limit, so a small hostile file cannot fill the memory.
 */
import { readCapped } from '@/utils/formats/read-capped';

export async function gzip(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The inflated bytes; null when they are not whole gzip data or would exceed `maxBytes`. */
export async function gunzip(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return await readCapped(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')), maxBytes);
  } catch {
    return null;
  }
}
