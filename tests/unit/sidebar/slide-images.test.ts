// The sidebar's slide images: asked for together when they come into view, made object URLs
// once, revoked when their note, their talk or the sidebar goes.
import { describe, expect, it, vi } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import { createSlideImages } from '@/utils/sidebar/slide-images';

const WEBP_1X1 = 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
const A = 'a' as NoteId;
const B = 'b' as NoteId;
const C = 'c' as NoteId;

function setUp() {
  const asked: NoteId[][] = [];
  const api = (async (_type: string, payload: { ids: NoteId[] }) => {
    asked.push(payload.ids);
    return Object.fromEntries(payload.ids.filter((id) => id !== C).map((id) => [id, { data: WEBP_1X1, type: 'image/webp', width: 1, height: 1 }]));
  }) as unknown as ApiCall;
  let n = 0;
  const made: Blob[] = [];
  const revoke = vi.fn<(url: string) => void>();
  const images = createSlideImages(api, (blob) => (made.push(blob), `blob:${++n}`), revoke);
  return { images, asked, made, revoke };
}

describe('slide images in the sidebar', () => {
  it('asks for the images that come into view together in one request, each once', async () => {
    const { images, asked, made } = setUp();
    const urls = await Promise.all([images.load(A), images.load(B), images.load(A), images.load(C)]);
    expect(urls).toEqual(['blob:1', 'blob:2', 'blob:1', null]);
    expect(asked).toEqual([[A, B, C]]);
    expect(await images.load(A)).toBe('blob:1');
    expect(asked).toHaveLength(1);
    expect(made[0]!.type).toBe('image/webp');
    expect(Buffer.from(await made[0]!.arrayBuffer()).toString('base64')).toBe(WEBP_1X1);
  });

  it('revokes a note’s URL when the note goes, and every URL when the sidebar goes', async () => {
    const { images, revoke } = setUp();
    images.put(A, { data: WEBP_1X1, type: 'image/webp', width: 1, height: 1 });
    await images.load(B);
    images.opened.value = A;
    images.forget(A);
    expect(revoke.mock.calls).toEqual([['blob:1']]);
    expect(images.opened.value).toBeNull();
    images.dispose();
    expect(revoke.mock.calls).toEqual([['blob:1'], ['blob:2']]);
    expect(images.has(B)).toBe(false);
  });
});
