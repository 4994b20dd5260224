import type { Platform, TalkId } from '../model/ids';
import type { TalkMeta } from '../model/types';

/** Which recording a page shows: a stable key, never the page URL. */
export interface TalkRef {
  platform: Platform;
  videoId: string;
  talkId: TalkId;
  /** Canonical address of the recording, without a time. */
  url: string;
}

/** What the page says about the talk; a field the page does not (yet) tell reliably is left out. */
export type MetaPatch = Partial<Omit<TalkMeta, 'platform' | 'videoId'>>;

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
  /** A clock on `video` in talk time; listeners end with `signal`. */
  clock(video: HTMLVideoElement, doc: Document, signal: AbortSignal): TalkClock;
  /** Calls `onChange` whenever the page may show another talk or new details (in-page navigation, late re-render). */
  observe(doc: Document, onChange: () => void, signal: AbortSignal): void;
  /** The link that opens `ref` at `at` seconds. */
  deepLink(ref: TalkRef, at: number): string;
}
