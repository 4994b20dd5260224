import type { Platform, TalkId } from '@/utils/model/ids';
import type { Speaker, TalkMeta } from '@/utils/model/types';

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
