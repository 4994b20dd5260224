import type { IDBPTransaction } from 'idb';
import type { NoteId } from '@/utils/model/ids';
import type { SlideBytes, SlideImage, SlideImageData } from '@/utils/model/slide';
import type { Note } from '@/utils/model/types';
import { base64ToBytes, bytesToBase64 } from '@/utils/formats/slide-data';
import { mergeRecord } from '@/utils/store/merge';
import type { Db, TalkNotesDB, WriteTx } from '@/utils/store/schema';

/**
 * The live images of the slide notes among `noteIds`, by note (notes without one, or whose
 * image is deleted or missing, are left out). One read-only transaction.
 */
export async function slideImages(db: Db, noteIds: readonly NoteId[]): Promise<Map<NoteId, SlideBytes>> {
  const tx = db.transaction(['notes', 'slideImages'], 'readonly');
  const notes = tx.objectStore('notes');
  const images = tx.objectStore('slideImages');
  const out = new Map<NoteId, SlideBytes>();
  await Promise.all(
    noteIds.map(async (id) => {
      const note = await notes.get(id);
      if (!note?.slide || note.deletedAt !== undefined) return;
      const image = await images.get(note.slide.imageId);
      if (!image || image.deletedAt !== undefined) return;
      out.set(id, { blob: image.blob, type: image.type, width: image.width, height: image.height });
    }),
  );
  await tx.done;
  return out;
}

/** Every image, tombstones included, its bytes base64: what a backup holds. */
export async function readSlideImageData(db: Db): Promise<SlideImageData[]> {
  const stored = await db.getAll('slideImages');
  return Promise.all(
    stored.map(async ({ blob, ...rest }) => ({ ...rest, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
}

/**
 * Merges a backup's images into the store in the caller's write transaction (which must span
 * slideImages), image by image as notes are: the later stamp wins, a tombstone is kept.
 * Returns the writes and how many images were written.
 */
export async function mergeSlideImages(tx: WriteTx, incoming: readonly SlideImageData[]): Promise<{ writes: Promise<unknown>[]; changed: number }> {
  const store = (tx as unknown as IDBPTransaction<TalkNotesDB, ['slideImages'], 'readwrite'>).objectStore('slideImages');
  const writes: Promise<unknown>[] = [];
  for (const { data, ...image } of incoming) {
    const local = await store.get(image.id);
    // The bytes take no part in choosing: the same id is the same capture.
    if (local) {
      const { blob: _bytes, ...localStamps } = local;
      if (mergeRecord(localStamps, image) === localStamps) continue;
    }
    writes.push(store.put({ ...image, blob: new Blob([base64ToBytes(data)], { type: image.type }) }));
  }
  return { writes, changed: writes.length };
}

/**
 * Gives each slide note's image its note's delete state (deleted with it, back with it), in the
 * caller's write transaction (which must span slideImages). Returns the writes.
 */
export async function imagesFollow(tx: WriteTx, notes: readonly Note[]): Promise<Promise<unknown>[]> {
  const store = (tx as unknown as IDBPTransaction<TalkNotesDB, ['slideImages'], 'readwrite'>).objectStore('slideImages');
  const writes: Promise<unknown>[] = [];
  for (const note of notes) {
    const image = note.slide ? await store.get(note.slide.imageId) : undefined;
    if (!image) continue;
    const { deletedAt: _was, ...live } = image;
    writes.push(store.put(note.deletedAt === undefined ? { ...live, updatedAt: note.updatedAt } : { ...live, updatedAt: note.updatedAt, deletedAt: note.deletedAt }));
  }
  return writes;
}

/** The bytes of a live image; null when there is none, or it is deleted. */
export async function liveImageBytes(db: Db, imageId: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const image = await db.get('slideImages', imageId);
  return image && image.deletedAt === undefined ? new Uint8Array(await image.blob.arrayBuffer()) : null;
}

/** Which of these images the store holds, deleted or not. */
export async function heldImages(db: Db, imageIds: readonly string[]): Promise<Set<string>> {
  const tx = db.transaction('slideImages', 'readonly');
  const keys = await Promise.all(imageIds.map((id) => tx.store.getKey(id)));
  await tx.done;
  return new Set(keys.filter((k): k is string => k !== undefined));
}

/**
 * Keeps bytes another device sent (already checked to be the image `image` describes) in the
 * store; nothing when an image of that id is here already (the same id is the same capture).
 */
export async function keepSyncedImage(db: Db, image: Omit<SlideImage, 'blob'>, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const tx = db.transaction('slideImages', 'readwrite');
  if ((await tx.store.getKey(image.id)) === undefined) await tx.store.put({ ...image, blob: new Blob([bytes], { type: image.type }) });
  await tx.done;
}
