// Steps of the slides e2e file: what the store holds of each slide note, its image's pixels read back.
import type { E2eEnv } from './harness/session';

export type Rgb = [number, number, number];

export interface StoredSlide {
  talkId: string;
  at: number;
  type: string;
  width: number;
  height: number;
  /** The image's pixels at a quarter and three quarters of its width, half its height. */
  left: Rgb;
  right: Rgb;
}

/** Every live slide note in the extension's store (of talks whose id holds `talk`), by moment, with its image decoded and sampled. */
export async function storedSlides(env: E2eEnv, talk = ''): Promise<StoredSlide[]> {
  const background = await env.browser.serviceWorker();
  return background.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('talk-notes');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
        r.onerror = () => fail(r.error);
      });
    type N = { talkId: string; at: number; deletedAt?: number; slide?: { imageId: string } };
    type I = { id: string; type: string; blob: Blob };
    const notes = (await all<N>('notes')).filter((n) => n.slide && n.deletedAt === undefined).sort((a, b) => a.at - b.at);
    const images = await all<I>('slideImages');
    db.close();
    const out = [];
    for (const note of notes) {
      const image = images.find((i) => i.id === note.slide!.imageId)!;
      const bitmap = await createImageBitmap(image.blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const px = (fx: number) => Array.from(ctx.getImageData(Math.floor(bitmap.width * fx), Math.floor(bitmap.height / 2), 1, 1).data.slice(0, 3));
      out.push({ talkId: note.talkId, at: note.at, type: image.type, width: bitmap.width, height: bitmap.height, left: px(0.25), right: px(0.75) });
    }
    return out;
  }).then((all) => (all as StoredSlide[]).filter((s) => s.talkId.includes(talk)));
}

/** Whether `actual` is `expected` give or take what encoding does to a colour. */
export function sameColour(actual: Rgb, expected: Rgb, within = 40): boolean {
  return actual.every((v, i) => Math.abs(v - expected[i]!) <= within);
}
