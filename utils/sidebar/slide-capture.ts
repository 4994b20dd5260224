import { batch, type Signal } from '@preact/signals';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { Talk, TalkMeta } from '@/utils/model/types';
import type { Player, SidebarDeps } from '@/utils/sidebar/deps';
import { removeRow, upsertRow, type NoteRow } from '@/utils/sidebar/notes-list';
import type { SlideImages } from '@/utils/sidebar/slide-images';

export interface SlideCaptureParts {
  deps: SidebarDeps;
  ref: Signal<TalkRef | null>;
  meta: Signal<TalkMeta | null>;
  talk: Signal<Talk | null>;
  rows: Signal<NoteRow[]>;
  slides: SlideImages;
  player: () => Player | null;
  say: (text: string) => unknown;
  failed: (what: string) => (error: unknown) => unknown;
  clock: () => number;
}

/**
 * The sidebar's "Slide": captures the frame the video shows as a new slide note at this moment.
 * Its thumbnail shows at once; the note is marked saved when the background has committed it
 * with its image, and taken away again, with a message, when it did not.
 */
export function createSlideCapture({ deps, ref, meta, talk, rows, slides, player, say, failed, clock }: SlideCaptureParts): () => Promise<void> {
  return async function captureSlide(): Promise<void> {
    const m = meta.value;
    const r = ref.value;
    const p = player();
    if (!m || !r || !p?.captureSlide) {
      say('There is no video here to capture a slide from.');
      return;
    }
    const at = p.now();
    if (at === null) {
      say('The video has not started yet: there is no frame to capture.');
      return;
    }
    const input = { id: deps.newId(), at: Math.max(0, at), kind: 'note' as const, text: '' };
    const now = clock();
    let listed = false;
    const list = (width: number, height: number) => {
      if (listed || ref.value?.talkId !== r.talkId) return;
      listed = true;
      const slide = { imageId: '', width, height, type: 'image/webp' as const };
      rows.value = upsertRow(rows.value, { ...input, talkId: r.talkId, slide, createdAt: now, updatedAt: now, saving: true });
    };
    let image;
    try {
      // The thumbnail shows from the preview while the whole image is encoded.
      image = await p.captureSlide((blob, width, height) => {
        slides.preview(input.id, blob);
        list(width, height);
      });
    } catch (error) {
      rows.value = removeRow(rows.value, input.id);
      slides.forget(input.id);
      failed('No slide saved')(error);
      return;
    }
    if (ref.value?.talkId !== r.talkId) return void slides.forget(input.id); // the user moved on meanwhile
    slides.put(input.id, image, true);
    listed = false;
    list(image.width, image.height);
    try {
      const { note, talk: t } = await deps.api('slide.save', { note: input, meta: m, image });
      if (note.talkId === ref.value?.talkId) {
        batch(() => {
          rows.value = upsertRow(rows.value, note);
          talk.value = t;
        });
      }
    } catch (error) {
      rows.value = removeRow(rows.value, input.id);
      slides.forget(input.id);
      failed('The slide was not saved')(error);
    }
  };
}
