/**
 * The slides' images in a backup file: `"images": [{ id, noteId, type, width, height, data
 * (base64), createdAt, updatedAt, deletedAt? }]`, a list a reader without slides ignores.
 * A damaged image does not refuse the file: it is left out and said, its note keeps its text.
 */
import { describe, int, oneOf, optional, record, str, type Check } from '@/utils/model/check';
import { imageId, noteId, timestamp } from '@/utils/model/fields';
import { SLIDE_MAX_SIDE, SLIDE_TYPES, type SlideImageData } from '@/utils/model/slide';
import { slideBytes } from '@/utils/formats/slide-data';

const side = int({ min: 1, max: SLIDE_MAX_SIDE, what: `a size in pixels up to ${SLIDE_MAX_SIDE}` });

const imageRecord: Check<SlideImageData> = record<SlideImageData>({
  id: imageId,
  noteId,
  type: oneOf(SLIDE_TYPES),
  width: side,
  height: side,
  data: str({ max: Number.MAX_SAFE_INTEGER }),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: optional(timestamp),
});

export interface BackupImages {
  images: SlideImageData[];
  /** What was left out and why, for the person. */
  problems: string[];
}

/** Reads the file's `images` list (absent: none); each image's bytes checked against its type. */
export function readBackupImages(list: unknown): BackupImages {
  if (list === undefined || list === null) return { images: [], problems: [] };
  if (!Array.isArray(list)) return { images: [], problems: [`The backup's images were left out: expected a list, got ${describe(list)}.`] };
  const images: SlideImageData[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((x, i) => {
    const path = `images[${i}]`;
    try {
      const image = imageRecord(x, path);
      slideBytes(image.data, image.type, `${path}.data`);
      if (seen.has(image.id)) throw new Error(`${path}.id: the same id as an earlier image`);
      seen.add(image.id);
      images.push(image);
    } catch (e) {
      problems.push(`A slide's image in this backup is damaged (${e instanceof Error ? e.message : String(e)}); its note was kept without it.`);
    }
  });
  return { images, problems };
}
