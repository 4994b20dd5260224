/**
 * The page's loader: the small content script every matched page runs. It tells the background
 * what address its page shows, and asks for the sidebar's code when the sidebar is wanted.
 */
import type { TalkId } from '@/utils/model/ids';
import { record, str } from '@/utils/model/validate';
import { empty, request } from '@/utils/messages/request';

/** What the background answers a loader's `loader.here`: `recording` null where the page shows none. */
export interface LoaderArrival {
  recording: TalkId | null;
  wanted: boolean;
}

export const LOADER_REQUESTS = {
  /**
   * The top page's loader is there and shows `address` (once the page is idle after loading,
   * again after each move inside the page): the recording the background reads from it, and
   * whether the sidebar comes by itself there (the person's notes on it or its parts, a draft,
   * a marked start, or "Open the sidebar on every video" chosen; the setting is read in the
   * background so that the loader touches no storage of its own). The address must be of the
   * sender's own site (loader-handlers.ts).
   */
  'loader.here': request<{ address: string }, LoaderArrival>({ check: record({ address: str({ max: 8192, min: 1 }) }), from: 'top-page', writes: false }),
  /** Puts the sidebar's code into the sender's frame (the content scripts' world), once it answers. */
  'loader.sidebar': request<Record<string, never>, null>({ check: empty, from: 'content-script', writes: false }),
  /** Puts the notes' Markdown parser's code into the sender's frame, beside the sidebar that met a line needing it. */
  'loader.parser': request<Record<string, never>, null>({ check: empty, from: 'content-script', writes: false }),
  /** Puts the frame agent's code into the sender's frame, once the top page first asked the frames for their players. */
  'loader.frame': request<Record<string, never>, null>({ check: empty, from: 'frame', writes: false }),
};
