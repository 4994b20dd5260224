import type { ScreenRect } from '@/utils/messages/slides';
import type { SlidePayload } from '@/utils/model/slide';
import { encodeFrame, isTainted, SlideError, type Preview } from '@/utils/slides/codec';

/** Where the picture is drawn inside `video`'s box (a video keeps its shape: bars beside or above it). */
export function pictureRect(video: HTMLVideoElement): { x: number; y: number; width: number; height: number } {
  const box = video.getBoundingClientRect();
  const { videoWidth: w, videoHeight: h } = video;
  if (!w || !h || !box.width || !box.height) return { x: box.left, y: box.top, width: box.width, height: box.height };
  const scale = Math.min(box.width / w, box.height / h);
  const width = w * scale;
  const height = h * scale;
  return { x: box.left + (box.width - width) / 2, y: box.top + (box.height - height) / 2, width, height };
}

/** What a capture that could not read the video's pixels tells: where its picture is on this document's screen. */
export class TaintedVideo extends Error {
  override readonly name = 'TaintedVideo';
  constructor(readonly rect: ScreenRect) {
    super('The video does not let its frames be read.');
  }
}

/**
 * The frame `video` shows now, as a slide. Where the video comes from another site that does
 * not allow reading it (a tainted canvas), throws TaintedVideo with its place on screen, for a
 * capture of the visible tab instead.
 */
export async function grabVideoFrame(video: HTMLVideoElement, win: Window = window, preview?: Preview): Promise<SlidePayload> {
  // HAVE_CURRENT_DATA: a frame is decoded.
  if (video.readyState < 2 || !video.videoWidth || !video.videoHeight) {
    throw new SlideError('The video shows no picture yet: play it, then capture again. Nothing was saved.');
  }
  try {
    return await encodeFrame(video, { x: 0, y: 0, width: video.videoWidth, height: video.videoHeight }, preview);
  } catch (error) {
    if (!isTainted(error)) throw error;
    throw new TaintedVideo({ ...pictureRect(video), scale: win.devicePixelRatio || 1 });
  }
}

/** The frame of a video on this page: read from the video, else from the visible tab cropped to it (`tab`). */
export async function captureVideo(
  video: HTMLVideoElement,
  tab: (rect: ScreenRect) => Promise<SlidePayload>,
  win: Window = window,
  preview?: Preview,
): Promise<SlidePayload> {
  try {
    return await grabVideoFrame(video, win, preview);
  } catch (error) {
    if (error instanceof TaintedVideo) return tab(error.rect);
    throw error;
  }
}
