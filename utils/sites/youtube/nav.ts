import { readChannel, readDocumentTitle, readHeading, shownVideoId } from '@/utils/sites/youtube/dom';
import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

/*
 * Why this exists: YouTube navigates inside the page. At `yt-navigate-finish` the URL and
 * `ytd-watch-flexy[video-id]` already name the new video, but the title heading, the channel
 * and the tab title still show the previous one; they re-render 100–200 ms later, and then
 * `yt-page-data-updated` fires. Reading them in between would file the previous talk's title
 * under the new talk. So, per document, we remember what the page showed when a navigation
 * began, and trust a text again only once `yt-page-data-updated` fired for the current id or
 * the text differs from what was shown at the start.
 */

export type ShownField = 'title' | 'channel';

interface NavState {
  /** What the page showed when the navigation under way began; null before the first navigation. */
  atStart: Record<ShownField, string> | null;
  /** Set from navigation start until `yt-page-data-updated`. */
  pending: boolean;
  /** The id `yt-page-data-updated` last fired for, since the last navigation start. */
  confirmedId: string | null;
}

const states = new WeakMap<Document, NavState>();

function stateOf(doc: Document): NavState {
  let s = states.get(doc);
  if (!s) {
    s = { atStart: null, pending: false, confirmedId: null };
    states.set(doc, s);
  }
  return s;
}

/** The title as the page shows it: the heading, or the tab title before the heading renders. */
export function shownTitle(doc: Document): string {
  return readHeading(doc) || readDocumentTitle(doc);
}

/** The id the page shows now, when URL and watch element agree. */
export function currentVideoId(doc: Document): string | null {
  const fromUrl = youtubeIdFromUrl(doc.URL);
  const shown = shownVideoId(doc);
  return shown && fromUrl && shown !== fromUrl ? null : (fromUrl ?? shown);
}

/**
 * Feeds one YouTube navigation event into the document's state. `yt-navigate-start` always
 * starts over (it may interrupt a navigation under way); `yt-navigate-finish` and `popstate`
 * start a navigation only when no start was seen.
 */
export function noteNavigationEvent(doc: Document, type: string): void {
  const s = stateOf(doc);
  if (type === 'yt-page-data-updated') {
    s.pending = false;
    s.confirmedId = currentVideoId(doc);
  } else if (type === 'yt-navigate-start' || !s.pending) {
    s.atStart = { title: shownTitle(doc), channel: readChannel(doc) };
    s.pending = true;
    s.confirmedId = null;
  }
}

/** Whether `text`, shown now in `field`, belongs to `videoId` rather than to the video shown before. */
export function isShownTextFresh(doc: Document, field: ShownField, text: string, videoId: string): boolean {
  const s = stateOf(doc);
  if (!s.atStart) return true; // no navigation since the page loaded: its first render is the video's own
  if (s.confirmedId === videoId) return true;
  return text !== s.atStart[field];
}

/** Whether everything the page shows now (description, chapters) belongs to `videoId`: no navigation seen, or its page data arrived. */
export function isPageDataCurrent(doc: Document, videoId: string): boolean {
  const s = stateOf(doc);
  return !s.atStart || s.confirmedId === videoId;
}
