import type { NoteId } from '@/utils/model/ids';
import type { SlideBytes } from '@/utils/model/slide';
import type { Db } from '@/utils/store/schema';

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
