import type { ScreenRect, SlidePayload } from '@/utils/model/slide';
import type { MetaPatch, TalkContext, TalkRef } from '@/utils/model/talk-ref';
import type { CaptionReader } from '@/utils/sites/player/captions';

/** The recording's own time, whatever plays in the element (ads) or is stitched into it. */
export interface TalkClock {
  /** Seconds of talk time now; null while unknown (no media loaded yet). */
  now(): number | null;
  /** Go to `at` seconds of talk time and play. */
  seek(at: number): void;
}

/**
 * All that the rest of the code knows about a site. Site knowledge (selectors, URL forms,
 * events) lives only in adapters.
 */
export interface SiteAdapter {
  readonly id: string;
  /** Whether this adapter serves the page. */
  matches(url: URL, doc: Document): boolean;
  /** The talk the page shows now, from the URL and live DOM (never from head tags that go stale). */
  identify(url: URL, doc: Document): TalkRef | null;
  /** The main video, chosen as a person would (visible, large, playing; not previews or decoys). */
  findVideo(doc: Document): HTMLVideoElement | null;
  /** Details of `ref` as the page shows them now; fields that may still belong to the previous talk are left out. */
  readMeta(ref: TalkRef, url: URL, doc: Document): MetaPatch;
  /** Conference, date and chapters, where the site tells them. Optional: an adapter that knows none leaves it out. */
  readContext?(ref: TalkRef, url: URL, doc: Document): TalkContext;
  /** A clock on `video` in talk time; listeners end with `signal`. */
  clock(video: HTMLVideoElement, doc: Document, signal: AbortSignal): TalkClock;
  /**
   * What reads the caption on screen over `video`, started with the video's clock (it may
   * watch the page to learn when a caption appeared). Optional: without it, the video's
   * showing subtitle tracks are read (player/captions.ts).
   */
  captions?(video: HTMLVideoElement, doc: Document, signal: AbortSignal): CaptionReader;
  /** Calls `onChange` whenever the page may show another talk or new details (in-page navigation, late re-render). */
  observe(doc: Document, onChange: () => void, signal: AbortSignal): void;
  /** The link that opens `ref` at `at` seconds. */
  deepLink(ref: TalkRef, at: number): string;
  /** The user says another talk of the recording starts at `at` seconds (multi-talk streams; see parts.ts). Optional. */
  markTalk?(at: number, doc: Document): void;
  /**
   * The frame the talk's video shows now, as a slide, where the video is not on this page (a
   * player in a frame); `tab` captures the visible tab inside a rectangle instead. Optional:
   * elsewhere the page's own video is read.
   */
  captureFrame?(tab: (rect: ScreenRect) => Promise<SlidePayload>): Promise<SlidePayload>;
}
