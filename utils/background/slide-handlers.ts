import browser, { type Runtime } from 'webextension-polyfill';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import { fileUnderProgramme } from '@/utils/background/programme-filing';
import { slideBytes } from '@/utils/formats/slide-data';
import type { SLIDE_REQUESTS, ScreenRect } from '@/utils/messages/slides';
import type { Handlers } from '@/utils/messages/server';
import type { SlidePayload } from '@/utils/model/slide';
import { encodeFrame, SlideError } from '@/utils/slides/codec';
import { bytesToBase64 } from '@/utils/formats/slide-data';
import { saveNote } from '@/utils/store/notes';
import { slideImages } from '@/utils/store/slides';

export interface SlideDeps extends HandlerDeps {
  /** The image's size in pixels once decoded; throws where the bytes are no image. */
  decode?: (blob: Blob) => Promise<{ width: number; height: number }>;
  /** The visible part of the tab `tabId` cropped to `rect`, as a slide (needs activeTab or the site's permission). */
  captureTab?: (tabId: number, windowId: number | undefined, rect: ScreenRect) => Promise<SlidePayload>;
  newImageId?: () => string;
}

async function decodeImage(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The visible tab, cropped to the video's rectangle in device pixels. */
export async function captureVisibleTab(_tabId: number, windowId: number | undefined, rect: ScreenRect): Promise<SlidePayload> {
  let url: string;
  try {
    url = await browser.tabs.captureVisibleTab(windowId as number, { format: 'png' });
  } catch {
    throw new SlideError(
      'This video does not let its frames be read, and the browser did not let Talk Notes capture the tab. Press the "Capture a slide" shortcut (Alt+Shift+K) or click the toolbar button first: either lets it capture this tab.',
    );
  }
  const shot = await createImageBitmap(await (await fetch(url)).blob());
  try {
    const x = Math.max(0, Math.round(rect.x * rect.scale));
    const y = Math.max(0, Math.round(rect.y * rect.scale));
    const width = Math.min(shot.width - x, Math.round(rect.width * rect.scale));
    const height = Math.min(shot.height - y, Math.round(rect.height * rect.scale));
    if (width < 1 || height < 1) throw new SlideError('The video is not on screen: scroll it into view, then capture again. Nothing was saved.');
    return await encodeFrame(shot, { x, y, width, height });
  } finally {
    shot.close();
  }
}

/** The background's answers about slides: a slide note saved with its image, the tab captured, images read back. */
export function createSlideHandlers(deps: SlideDeps): Handlers<typeof SLIDE_REQUESTS> {
  const now = deps.now ?? Date.now;
  const decode = deps.decode ?? decodeImage;
  const capture = deps.captureTab ?? captureVisibleTab;
  const newImageId = deps.newImageId ?? (() => crypto.randomUUID());
  return {
    'slide.save': async ({ note, meta, image }) => {
      // The page's script is not trusted with what it calls an image: the bytes must decode, at the size it says.
      const bytes = slideBytes(image.data, image.type, 'image');
      const blob = new Blob([bytes], { type: image.type });
      const size = await decode(blob).catch(() => {
        throw new SlideError('The slide\'s image could not be read: it is damaged. Nothing was saved.');
      });
      if (size.width !== image.width || size.height !== image.height) {
        throw new SlideError(`The slide's image is ${size.width}×${size.height}, not the ${image.width}×${image.height} it claims. Nothing was saved.`);
      }
      const db = await deps.db();
      const saved = await saveNote(db, note, meta, now(), {
        imageId: newImageId(),
        image: { blob, type: image.type, width: image.width, height: image.height },
      });
      const talk = (await fileUnderProgramme(deps, saved.talk, meta, now)) ?? saved.talk;
      void deps.broadcast({ event: 'talk.changed', talkId: talk.id, talk, notes: [saved.note] }).catch(() => {});
      return { note: saved.note, talk };
    },
    'slide.tab': async ({ rect }, sender: Runtime.MessageSender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('refused: only a page in a tab may capture its tab');
      return capture(tabId, sender.tab?.windowId, rect);
    },
    'slide.images': async ({ ids }) => {
      const images = await slideImages(await deps.db(), ids);
      const out: Record<string, SlidePayload> = {};
      for (const [id, { blob, type, width, height }] of images) out[id] = { data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())), type, width, height };
      return out;
    },
  };
}
