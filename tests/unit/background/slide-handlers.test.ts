// A slide note and its image: saved in one transaction from an untrusted page's bytes, read
// back by note, deleted and restored with the note, never half-written.
import { afterEach, describe, expect, it } from 'vitest';
import { createSlideHandlers } from '@/utils/background/slide-handlers';
import type { SlidePayload } from '@/utils/model/slide';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { slideImages } from '@/utils/store/slides';
import { setTalkDeleted } from '@/utils/store/library';
import type { TalkId } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { meta, noteId } from './loopback';
import { contents, freshDb } from '../store/fresh-db';
import { refuseWrites } from '../store/quota';

/** A 1×1 WebP, as a browser encodes it. */
const WEBP_1X1 = 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
const IMAGE_ID = '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11';
const image = (over: Partial<SlidePayload> = {}): SlidePayload => ({ data: WEBP_1X1, type: 'image/webp', width: 1, height: 1, ...over });

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function handlers(db: Db, decoded = { width: 1, height: 1 }) {
  let now = 1_700_000_000_000;
  return createSlideHandlers({
    db: async () => db,
    broadcast: async () => {},
    download: async () => {},
    now: () => (now += 1000),
    decode: async (blob) => {
      if (blob.size < 20) throw new Error('not an image');
      return decoded;
    },
    newImageId: () => IMAGE_ID,
  });
}
const sender = { id: 'our-id', tab: { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };

describe('slide.save', () => {
  it('saves the note with its image, and slideImages reads the bytes back by note', async () => {
    const db = await freshDb();
    const id = noteId();
    const { note } = await handlers(db)['slide.save']({ note: { id, at: 754, kind: 'note', text: '' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender);
    expect(note.slide).toEqual({ imageId: IMAGE_ID, width: 1, height: 1, type: 'image/webp' });
    expect(note.text).toBe('');
    const read = await slideImages(db, [id, noteId()]);
    expect([...read.keys()]).toEqual([id]);
    const bytes = new Uint8Array(await read.get(id)!.blob.arrayBuffer());
    expect(Buffer.from(bytes).toString('base64')).toBe(WEBP_1X1);
    expect(read.get(id)).toMatchObject({ type: 'image/webp', width: 1, height: 1 });
  });

  it.each([
    ['bytes that are not the type they claim', image({ type: 'image/jpeg' }), /image: expected a JPEG image, the bytes are not one/],
    ['bytes that do not decode', image({ data: 'UklGRgAAAABXRUJQVlA4IA==' }), /could not be read: it is damaged\. Nothing was saved/],
    ['text that is not base64', image({ data: 'not base64!' }), /image: expected an image in base64/],
  ])('refuses %s, storing nothing', async (_what, bad, message) => {
    const db = await freshDb();
    const before = await contents(db);
    await expect(handlers(db)['slide.save']({ note: { id: noteId(), at: 1, kind: 'note', text: 'kept?' }, meta: meta('aaaaaaaaaaa'), image: bad }, sender)).rejects.toThrow(message);
    expect(await contents(db)).toEqual(before);
    expect(await db.getAll('slideImages')).toEqual([]);
  });

  it('refuses an image whose decoded size is not the one it claims', async () => {
    const db = await freshDb();
    await expect(
      handlers(db, { width: 2, height: 1 })['slide.save']({ note: { id: noteId(), at: 1, kind: 'note', text: '' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender),
    ).rejects.toThrow("The slide's image is 2×1, not the 1×1 it claims. Nothing was saved.");
    expect(await db.getAll('slideImages')).toEqual([]);
  });

  it('writes neither the note nor its image when the browser refuses the write', async () => {
    const db = await freshDb();
    const before = await contents(db);
    restore = refuseWrites();
    await expect(handlers(db)['slide.save']({ note: { id: noteId(), at: 1, kind: 'note', text: 'mine' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    restore();
    restore = null;
    expect(await contents(db)).toEqual(before);
    expect(await db.getAll('slideImages')).toEqual([]);
  });
});

describe('a slide note over its life', () => {
  it('keeps its slide when its text is edited, and its image goes and comes back with it', async () => {
    const db = await freshDb();
    const id = noteId();
    await handlers(db)['slide.save']({ note: { id, at: 5, kind: 'note', text: '' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender);
    const edited = await saveNote(db, { id, at: 5, kind: 'note', text: 'The three ways' }, meta('aaaaaaaaaaa'), 1_800_000_000_000);
    expect(edited.note.slide?.imageId).toBe(IMAGE_ID);
    await setNoteDeleted(db, id, true, 1_800_000_001_000);
    expect(await db.get('slideImages', IMAGE_ID)).toMatchObject({ deletedAt: 1_800_000_001_000, updatedAt: 1_800_000_001_000 });
    expect((await slideImages(db, [id])).size).toBe(0);
    await setNoteDeleted(db, id, false, 1_800_000_002_000);
    const back = await db.get('slideImages', IMAGE_ID);
    expect(back?.deletedAt).toBeUndefined();
    expect(back?.updatedAt).toBe(1_800_000_002_000);
    expect((await slideImages(db, [id])).size).toBe(1);
  });
});

describe('a slide note’s talk deleted', () => {
  it('deletes the image with the talk, and an undo brings it back', async () => {
    const db = await freshDb();
    const id = noteId();
    await handlers(db)['slide.save']({ note: { id, at: 5, kind: 'note', text: '' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender);
    await setTalkDeleted(db, 'youtube:aaaaaaaaaaa' as TalkId, true, 1_800_000_000_000);
    expect(await db.get('slideImages', IMAGE_ID)).toMatchObject({ deletedAt: 1_800_000_000_000 });
    await setTalkDeleted(db, 'youtube:aaaaaaaaaaa' as TalkId, false, 1_800_000_001_000);
    expect((await db.get('slideImages', IMAGE_ID))?.deletedAt).toBeUndefined();
    expect((await slideImages(db, [id])).size).toBe(1);
  });
});

describe('slide.images', () => {
  it('answers the images as base64 by note id', async () => {
    const db = await freshDb();
    const id = noteId();
    const h = handlers(db);
    await h['slide.save']({ note: { id, at: 5, kind: 'note', text: '' }, meta: meta('aaaaaaaaaaa'), image: image() }, sender);
    expect(await h['slide.images']({ ids: [id, noteId()] }, sender)).toEqual({ [id]: image() });
  });
});
