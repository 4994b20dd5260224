import { deepLink } from '@/utils/formats/deep-link';
import { isKnownDuration, titlePatch } from '@/utils/sites/metadata/patch';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkRef } from '@/utils/model/talk-ref';
import { knownStitchedSeconds, youtubeClock } from '@/utils/sites/youtube/clock';
import { findMainVideo, isAdShowing, readChannel, shownVideoId } from '@/utils/sites/youtube/dom';
import { youtubeIdFromUrl, youtubeRef } from '@/utils/sites/youtube/id';
import { readYoutubeChapters } from '@/utils/sites/youtube/chapters';
import { isPageDataCurrent, isShownTextFresh, noteNavigationEvent, shownTitle } from '@/utils/sites/youtube/nav';
import { watchYoutubeCaptions } from '@/utils/sites/youtube/captions';

const WATCH_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'm.youtube.com']);
const NAV_EVENTS = ['yt-navigate-start', 'yt-navigate-finish', 'yt-page-data-updated', 'popstate'];

function isWatchUrl(url: URL): boolean {
  return WATCH_HOSTS.has(url.hostname) && (url.pathname === '/watch' || url.pathname.startsWith('/live/'));
}

/** The YouTube watch page (www and m), including `/live/ID`. */
export const youtubeAdapter: SiteAdapter = {
  id: 'youtube',

  matches(url) {
    return isWatchUrl(url);
  },

  identify(url, doc) {
    const id = isWatchUrl(url) ? youtubeIdFromUrl(url) : null;
    if (!id) return null;
    // During in-page navigation the URL and the watch element can disagree for a moment: no talk yet.
    const shown = shownVideoId(doc);
    return shown && shown !== id ? null : youtubeRef(id);
  },

  findVideo(doc) {
    return findMainVideo(doc);
  },

  readMeta(ref, _url, doc) {
    const patch: MetaPatch = {};
    const shown = shownVideoId(doc);
    if (shown && shown !== ref.videoId) return patch;
    // Title, channel and speakers are left out while they may still be the previous video's (nav.ts).
    const title = shownTitle(doc);
    const titleFresh = title !== '' && isShownTextFresh(doc, 'title', title, ref.videoId);
    if (titleFresh) Object.assign(patch, titlePatch(title));
    const channel = readChannel(doc);
    if (channel && isShownTextFresh(doc, 'channel', channel, ref.videoId)) patch.channel = channel;
    const video = findMainVideo(doc);
    // The element is reused across navigation, so its duration is trusted only with a fresh title.
    if (video && titleFresh && !isAdShowing(doc) && isKnownDuration(video.duration)) {
      patch.duration = Math.max(0, video.duration - knownStitchedSeconds(video));
    }
    return patch;
  },

  readContext(ref, _url, doc) {
    const shown = shownVideoId(doc);
    // The description re-renders with the title: until the page data arrived it may be the previous video's.
    if ((shown && shown !== ref.videoId) || !isPageDataCurrent(doc, ref.videoId)) return {};
    const duration = findMainVideo(doc)?.duration;
    const chapters = readYoutubeChapters(doc, isAdShowing(doc) ? undefined : duration);
    return chapters ? { chapters } : {};
  },

  captions: watchYoutubeCaptions,

  clock(video, doc, signal) {
    return youtubeClock(video, doc, signal);
  },

  observe(doc, onChange, signal) {
    observeYoutube(doc, onChange, signal);
  },

  deepLink(ref: TalkRef, at: number) {
    return deepLink(ref, at);
  },
};

function observeYoutube(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const watched = new Observer(() => {
    attach();
    onChange();
  });
  // Until the watch element exists (a page that is not a watch page yet), wait for it to be added.
  const waiting = new Observer(() => {
    if (doc.querySelector('ytd-watch-flexy')) attach();
  });

  function attach(): void {
    watched.disconnect();
    waiting.disconnect();
    const flexy = doc.querySelector('ytd-watch-flexy');
    if (!flexy) {
      waiting.observe(doc.documentElement, { childList: true, subtree: true });
      return;
    }
    watched.observe(flexy, { attributes: true, attributeFilter: ['video-id'] });
    const heading = doc.querySelector('ytd-watch-metadata #title') ?? doc.querySelector('#title h1');
    if (heading) watched.observe(heading, { childList: true, characterData: true, subtree: true });
  }

  // Capture on the window sees these events whether YouTube dispatches them on the window, the document or an element.
  const target: EventTarget = doc.defaultView ?? doc;
  for (const type of NAV_EVENTS) {
    target.addEventListener(
      type,
      () => {
        noteNavigationEvent(doc, type);
        attach();
        onChange();
      },
      { signal, capture: true },
    );
  }
  signal.addEventListener(
    'abort',
    () => {
      watched.disconnect();
      waiting.disconnect();
    },
    { once: true },
  );
  if (!signal.aborted) attach();
}
