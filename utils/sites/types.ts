import type { Platform, TalkId } from '../model/ids';
import type { Speaker, TalkMeta } from '../model/types';

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

/** A part of a recording the page names: a chapter, or one talk of a multi-talk stream. */
export interface Chapter {
  /** Seconds from the recording's start. */
  at: number;
  /** Where the page says the part ends, when it does (a break or a pause may follow); else it runs to the next. */
  end?: number;
  title: string;
  /** Guessed from the chapter title ("Talk – Speaker"); empty when unsure. */
  speakers: Speaker[];
}

/**
 * What a page tells about the talk's setting. Hints to offer the user, not fields of the talk;
 * like `MetaPatch`, what the page does not tell reliably (yet) is left out.
 */
export interface TalkContext {
  /** The conference or event the recording belongs to. */
  conference?: { name: string; url?: string };
  /** `yyyy-MM-dd`: when the talk was given, or else when the recording was published. */
  date?: string;
  chapters?: Chapter[];
}

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
  /** Calls `onChange` whenever the page may show another talk or new details (in-page navigation, late re-render). */
  observe(doc: Document, onChange: () => void, signal: AbortSignal): void;
  /** The link that opens `ref` at `at` seconds. */
  deepLink(ref: TalkRef, at: number): string;
  /** The user says another talk of the recording starts at `at` seconds (multi-talk streams; see parts.ts). Optional. */
  markTalk?(at: number, doc: Document): void;
}
