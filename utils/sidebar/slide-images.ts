import { signal } from '@preact/signals';
import type { NoteId } from '@/utils/model/ids';
import type { SlidePayload } from '@/utils/model/slide';
import type { ApiCall } from '@/utils/sidebar/deps';
import { base64ToBytes } from '@/utils/formats/slide-data';

/** Images asked for in one request at most (the request's own limit). */
const BATCH = 50;

/**
 * The slides' images as the sidebar shows them: object URLs made from the background's bytes,
 * asked for only when a thumbnail comes into view (several in one request), kept while the
 * sidebar lives and revoked when it goes (`dispose`) or the note goes (`forget`).
 */
export function createSlideImages(api: ApiCall, make = (blob: Blob) => URL.createObjectURL(blob), revoke = (url: string) => URL.revokeObjectURL(url)) {
  const urls = new Map<NoteId, string>();
  /** Previews replaced by their image: a thumbnail may still be loading one, so it lives as long as its note. */
  const replaced = new Map<NoteId, string>();
  const waiting = new Map<NoteId, ((url: string | null) => void)[]>();
  let queued: NoteId[] = [];
  /** The note whose slide is shown large, if any. */
  const opened = signal<NoteId | null>(null);

  /** Shows `blob` for the note until its image is put (a preview made while the image is encoded). */
  function preview(id: NoteId, blob: Blob): void {
    forget(id);
    urls.set(id, make(blob));
  }

  /** The note's image; it replaces a preview. */
  function put(id: NoteId, image: SlidePayload, replace = false): string {
    const old = urls.get(id);
    if (old && !replace) return old;
    if (old) replaced.set(id, old);
    const url = make(new Blob([base64ToBytes(image.data)], { type: image.type }));
    urls.set(id, url);
    return url;
  }

  async function flush(): Promise<void> {
    const ids = queued.splice(0, BATCH);
    if (queued.length > 0) queueMicrotask(() => void flush());
    let found: Record<string, SlidePayload> = {};
    try {
      found = await api('slide.images', { ids });
    } catch {
      // Shown as a missing image; the next time the thumbnail comes into view asks again.
    }
    for (const id of ids) {
      const image = found[id];
      const url = image ? put(id, image) : null;
      for (const done of waiting.get(id) ?? []) done(url);
      waiting.delete(id);
    }
  }

  /** The object URL of the note's image, read when first asked; null where it has none. */
  function load(id: NoteId): Promise<string | null> {
    const known = urls.get(id);
    if (known) return Promise.resolve(known);
    return new Promise((resolve) => {
      const list = waiting.get(id);
      if (list) return void list.push(resolve);
      waiting.set(id, [resolve]);
      queued.push(id);
      // Thumbnails that come into view together are asked for together.
      if (queued.length === 1) queueMicrotask(() => void flush());
    });
  }

  function forget(id: NoteId): void {
    for (const url of [urls.get(id), replaced.get(id)]) if (url) revoke(url);
    urls.delete(id);
    replaced.delete(id);
    if (opened.value === id) opened.value = null;
  }

  function dispose(): void {
    for (const url of [...urls.values(), ...replaced.values()]) revoke(url);
    urls.clear();
    replaced.clear();
    queued = [];
    opened.value = null;
  }

  return { put, preview, load, forget, dispose, opened, has: (id: NoteId) => urls.has(id) };
}

export type SlideImages = ReturnType<typeof createSlideImages>;
