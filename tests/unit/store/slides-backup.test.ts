// A backup holds the slides' images: they come back byte for byte, merge by their stamps, and
// a damaged one is left out with a message while its note (and everything else) is imported.
import { describe, expect, it } from 'vitest';
import { readBackup } from '@/utils/formats/backup';
import { importMessage } from '@/utils/library/backup';
import { backupStore, importBackup } from '@/utils/store/import';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { slideImages } from '@/utils/store/slides';
import { base64ToBytes } from '@/utils/formats/slide-data';
import { meta, noteId } from '../background/loopback';
import { freshDb } from './fresh-db';

const WEBP_1X1 = 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
const IMAGE_ID = '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11';
const NOW = new Date('2026-12-07T05:00:00Z');

async function withSlide() {
  const db = await freshDb();
  const id = noteId();
  const image = { blob: new Blob([base64ToBytes(WEBP_1X1)], { type: 'image/webp' }), type: 'image/webp' as const, width: 1, height: 1 };
  await saveNote(db, { id, at: 754, kind: 'note', text: 'The three ways' }, meta('aaaaaaaaaaa'), 1_700_000_000_000, { imageId: IMAGE_ID, image });
  return { db, id };
}

const base64Of = async (blob: Blob) => Buffer.from(await blob.arrayBuffer()).toString('base64');

describe('a backup with slides', () => {
  it('holds each image base64 after the notes, and restores it byte for byte on another device', async () => {
    const { db, id } = await withSlide();
    const { text } = await backupStore(db, NOW);
    const doc = JSON.parse(text) as { notes: { slide: unknown }[]; images: unknown[] };
    expect(doc.notes[0]!.slide).toEqual({ imageId: IMAGE_ID, width: 1, height: 1, type: 'image/webp' });
    expect(doc.images).toEqual([
      { id: IMAGE_ID, noteId: id, type: 'image/webp', width: 1, height: 1, data: WEBP_1X1, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 },
    ]);
    expect(Object.keys(doc)).toEqual(['format', 'version', 'exportedAt', 'talks', 'notes', 'conferences', 'marks', 'images']);

    const other = await freshDb();
    const { summary } = await importBackup(other, text);
    expect(summary.problems).toBeUndefined();
    const restored = await slideImages(other, [id]);
    expect(await base64Of(restored.get(id)!.blob)).toBe(WEBP_1X1);
    // The same file again changes nothing: same bytes out.
    await importBackup(other, text);
    expect((await backupStore(other, NOW)).text).toBe(text);
  });

  it('keeps a later delete: the image stays a tombstone when an older backup is merged', async () => {
    const { db, id } = await withSlide();
    const { text } = await backupStore(db, NOW);
    await setNoteDeleted(db, id, true, 1_800_000_000_000);
    await importBackup(db, text);
    expect(await db.get('slideImages', IMAGE_ID)).toMatchObject({ deletedAt: 1_800_000_000_000 });
    expect((await slideImages(db, [id])).size).toBe(0);
  });

  it('leaves out a damaged image with a clear message, and imports its note with its text', async () => {
    const { db, id } = await withSlide();
    const doc = JSON.parse((await backupStore(db, NOW)).text) as { images: { data: string }[] };
    doc.images[0]!.data = 'bm90IGFuIGltYWdl'; // "not an image"
    const other = await freshDb();
    const { summary } = await importBackup(other, JSON.stringify(doc));
    const problem =
      "A slide's image in this backup is damaged (images[0].data: expected a WebP image, the bytes are not one); its note was kept without it.";
    expect(summary.problems).toEqual([problem]);
    expect(importMessage(summary)).toBe(`Imported 1 note and 1 talk. ${problem}`);
    expect((await other.get('notes', id))?.text).toBe('The three ways');
    expect(await other.getAll('slideImages')).toEqual([]);
  });

  it('reads a backup written before slides: no images, nothing said', () => {
    const old = JSON.stringify({ format: 'talk-notes-backup', version: 1, talks: [], notes: [], conferences: [] });
    expect(readBackup(old)).toEqual({ data: { talks: [], notes: [], conferences: [], marks: [] }, programmes: [], images: [], problems: [] });
  });
});
