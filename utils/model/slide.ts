/**
 * Slides: frames of the recording captured as images and attached to a note. The note holds a
 * small reference (`Note.slide`); the image's bytes live in their own store, one record per
 * image, stamped like notes so backups from two devices merge image by image.
 */
import type { NoteId } from '@/utils/model/ids';

export const SLIDE_TYPES = ['image/webp', 'image/jpeg'] as const;
export type SlideType = (typeof SLIDE_TYPES)[number];

/** The longest side a slide is stored at, in pixels. */
export const SLIDE_MAX_SIDE = 1280;
/** Larger images are refused: a 1280-pixel frame encodes to a few hundred KB at most. */
export const SLIDE_MAX_BYTES = 4 * 1024 * 1024;

/** What a note holds of its slide: which image, and enough to lay it out before it is read. */
export interface SlideRef {
  imageId: string;
  width: number;
  height: number;
  type: SlideType;
}

/** An image's bytes with what describes them, as readers outside the store get it. */
export interface SlideBytes {
  blob: Blob;
  type: SlideType;
  width: number;
  height: number;
}

/**
 * A stored image: deleted (a tombstone, its bytes kept for Undo) when its note is deleted.
 * Stamped as every record is (types.ts `Stamped`, written out here: types.ts refers to this file).
 */
export interface SlideImage extends SlideBytes {
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
  /** The same as the `imageId` of the note that shows it. */
  id: string;
  noteId: NoteId;
}

/** The file extension an image of `type` is saved with. */
export function slideExtension(type: SlideType): 'webp' | 'jpg' {
  return type === 'image/webp' ? 'webp' : 'jpg';
}

/** An image as a backup file holds it: its bytes base64. */
export interface SlideImageData extends Omit<SlideImage, 'blob'> {
  data: string;
}

/** A slide as it travels in a message: runtime messaging carries JSON, not Blobs. */
export interface SlidePayload {
  /** The image's bytes, base64. */
  data: string;
  type: SlideType;
  width: number;
  height: number;
}

/** Where a video's picture is on the tab's screen, in CSS pixels of the top page, and the device pixels per CSS pixel. */
export interface ScreenRect {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
}
