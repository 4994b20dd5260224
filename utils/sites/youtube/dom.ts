import { parseMoment } from '@/utils/formats/time';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import { isYoutubeId } from '@/utils/sites/youtube/id';

// Most specific first: YouTube keeps retired layouts' elements (hidden, never updated) in the page.
const TITLE_SELECTORS = [
  'ytd-watch-metadata #title h1',
  'ytd-watch-flexy #title h1',
  '#title h1',
  'h1 yt-formatted-string.ytd-watch-metadata',
];
const CHANNEL_SELECTORS = [
  'ytd-watch-metadata ytd-channel-name a',
  'ytd-watch-flexy #owner ytd-channel-name a',
  'ytd-video-owner-renderer ytd-channel-name a',
  'ytd-channel-name a',
];
const VIDEO_SELECTORS = [
  '#movie_player .html5-video-container > video.html5-main-video',
  // m.youtube.com wraps the element differently.
  '#movie_player video.html5-main-video',
];
// Hover previews and similar players hold videos of other recordings.
const NOT_MAIN = '#inline-preview-player, ytd-video-preview, #video-preview';

/** Whether an ad plays in the player now (the main `<video>` then shows the ad, or a stitched part). */
export function isAdShowing(doc: Document): boolean {
  return doc.querySelector('#movie_player')?.classList.contains('ad-showing') ?? false;
}

/**
 * The talk's time and length as the player shows them (whole seconds): its progress bar
 * (`aria-valuenow`/`aria-valuemax`), else its time display. They leave out stitched ads, which
 * the `<video>` counts. Null when the player shows neither, or while an ad shows its own.
 */
export function readShownTime(doc: Document): { now: number; max: number } | null {
  const player = doc.querySelector('#movie_player');
  if (!player || player.classList.contains('ad-showing')) return null;
  const bar = player.querySelector('.ytp-progress-bar[aria-valuenow][aria-valuemax]');
  const fromBar = bar && { now: Number(bar.getAttribute('aria-valuenow')), max: Number(bar.getAttribute('aria-valuemax')) };
  const shown = fromBar ?? {
    now: parseMoment(plainText(player.querySelector('.ytp-time-current')?.textContent, 20)) ?? NaN,
    max: parseMoment(plainText(player.querySelector('.ytp-time-duration')?.textContent, 20)) ?? NaN,
  };
  return Number.isFinite(shown.now) && Number.isFinite(shown.max) && shown.now >= 0 && shown.max > 0 ? shown : null;
}

/** The watch page's player video: never a hover preview's. */
export function findMainVideo(doc: Document): HTMLVideoElement | null {
  for (const selector of VIDEO_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll<HTMLVideoElement>(selector))) {
      if (!el.closest(NOT_MAIN)) return el;
    }
  }
  return null;
}

/** The id the watch page says it shows (`ytd-watch-flexy[video-id]`), or null where there is none (m.youtube.com). */
export function shownVideoId(doc: Document): string | null {
  const id = doc.querySelector('ytd-watch-flexy[video-id]')?.getAttribute('video-id') ?? '';
  return isYoutubeId(id) ? id : null;
}

/** The title heading's text, or '' while it is not rendered. */
export function readHeading(doc: Document): string {
  return firstText(doc, TITLE_SELECTORS, MAX.title);
}

/** The tab title without YouTube's "(3) " notification count and " - YouTube" suffix. */
export function readDocumentTitle(doc: Document): string {
  const t = plainText(doc.title, MAX.title * 2)
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s+-\s+YouTube$/, '');
  return t === 'YouTube' ? '' : plainText(t, MAX.title);
}

export function readChannel(doc: Document): string {
  return firstText(doc, CHANNEL_SELECTORS, MAX.channel);
}

function firstText(doc: Document, selectors: string[], max: number): string {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (el.closest('[hidden]')) continue;
      const text = plainText(el.textContent, max);
      if (text) return text;
    }
  }
  return '';
}

// The expanded and the collapsed description are separate copies: read one element, never both.
const DESCRIPTION_SELECTORS = [
  '#description-inline-expander #expanded yt-attributed-string',
  '#description-inline-expander yt-attributed-string',
  'ytd-watch-metadata #description',
  '#description',
];
const CHAPTER_PANEL = '[target-id="engagement-panel-macro-markers-description-chapters"]';

/** Copies of the description, in order of trust; each is one whole text with its line breaks. */
export function readDescriptions(doc: Document): string[] {
  return DESCRIPTION_SELECTORS.flatMap((s) => Array.from(doc.querySelectorAll(s)).slice(0, 1)).map((el) => el.textContent ?? '');
}

/** (time, title) pairs of the chapters panel, as text; empty when the page has none. */
export function readChapterPanel(doc: Document): { time: string; title: string }[] {
  const panel = doc.querySelector(CHAPTER_PANEL) ?? doc;
  return Array.from(panel.querySelectorAll('ytd-macro-markers-list-item-renderer'))
    .slice(0, 500)
    .map((item) => ({
      time: plainText(item.querySelector('#time')?.textContent, 20),
      title: plainText(item.querySelector('#details h4, #details h3')?.textContent, MAX.title),
    }));
}
