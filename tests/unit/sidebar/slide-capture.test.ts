// The sidebar's Slide: the thumbnail shows at once and the note is marked saved when committed;
// a capture that made no picture, or a write the browser refused, is said and leaves nothing behind.
import { afterEach, describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import type { TalkRef } from '@/utils/model/talk-ref';
import type { Player } from '@/utils/sidebar/deps';
import { createSidebarModel } from '@/utils/sidebar/model';
import { SlideError } from '@/utils/slides/codec';
import { loopback, meta, noteId, writeNotes } from '../background/loopback';
import { contents } from '../store/fresh-db';
import { refuseWrites } from '../store/quota';
import { stubGlobal } from '../stub-global';

const WEBP_1X1 = 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=';
const ref: TalkRef = { platform: 'youtube', videoId: 'ddddddddddd', talkId: 'youtube:ddddddddddd' as TalkId, url: 'https://www.youtube.com/watch?v=ddddddddddd' };

let restore: (() => void) | null = null;
let unstub: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  unstub?.();
  unstub = null;
});

async function setUp(capture: Player['captureSlide']) {
  // The background decodes what the page sends; Node has no decoder, the stand-in says 1×1.
  unstub = stubGlobal('createImageBitmap', async () => ({ width: 1, height: 1, close() {} }));
  const bg = await loopback();
  await writeNotes(bg.api, 'ddddddddddd', 'Talk D', 'stored before');
  const model = createSidebarModel({ api: bg.api, clipboard: async () => {}, newId: noteId, draftDelay: 10_000 });
  await model.showTalk(ref, meta('ddddddddddd', 'Talk D'));
  model.setPlayer({ now: () => 754, seek() {}, pause() {}, play() {}, paused: true, captureSlide: capture });
  return { bg, model };
}

describe('capturing a slide in the sidebar', () => {
  it('lists the slide note with its image, saved', async () => {
    const { bg, model } = await setUp(async () => ({ data: WEBP_1X1, type: 'image/webp', width: 1, height: 1 }));
    await model.captureSlide();
    const slide = model.rows.value.find((r) => r.slide);
    expect(slide).toMatchObject({ at: 754, text: '', slide: { width: 1, height: 1, type: 'image/webp' } });
    expect(slide?.saving).toBeUndefined();
    expect(model.slides.has(slide!.id)).toBe(true);
    expect(await bg.db.getAll('slideImages')).toHaveLength(1);
  });

  it('says why no picture was taken, and lists nothing', async () => {
    const { model } = await setUp(async () => {
      throw new SlideError('The captured frame is black: the video may be protected, or not showing a picture yet. Nothing was saved.');
    });
    await model.captureSlide();
    expect(model.status.value?.text).toBe('No slide saved: The captured frame is black: the video may be protected, or not showing a picture yet. Nothing was saved.');
    expect(model.rows.value.map((r) => r.text)).toEqual(['stored before']);
  });

  it('takes the slide away again with a clear message when the browser refuses the write, the box untouched', async () => {
    const { bg, model } = await setUp(async () => ({ data: WEBP_1X1, type: 'image/webp', width: 1, height: 1 }));
    model.draft.input('a half-typed note');
    const before = await contents(bg.db);
    restore = refuseWrites();
    await model.captureSlide();
    expect(model.status.value?.text).toMatch(/^The slide was not saved: The browser refused to store more: its storage is full\. Nothing saved before was changed/);
    expect(model.rows.value.map((r) => r.text)).toEqual(['stored before']);
    expect(model.draft.text.value).toBe('a half-typed note');
    expect(await contents(bg.db)).toEqual(before);
    expect(await bg.db.getAll('slideImages')).toEqual([]);
  });
});
