import { deepLink } from '@/utils/formats/deep-link';
import { observePage } from '@/utils/sites/player/observe-page';
import { isKnownDuration, titlePatch } from '@/utils/sites/metadata/patch';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch } from '@/utils/model/talk-ref';
import { youtubeClock } from '@/utils/sites/youtube/clock';
import { findMainVideo, isAdShowing, readDocumentTitle } from '@/utils/sites/youtube/dom';
import { youtubeIdFromUrl, youtubeRef } from '@/utils/sites/youtube/id';
import { watchYoutubeCaptions } from '@/utils/sites/youtube/captions';

const EMBED_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);
const TITLE_LINK = '.ytp-title-link';
const CHANNEL = ['.ytp-title-channel-name', '.ytp-title-expanded-title a'];

/**
 * The id the embedded player plays now. A playlist embed, or a click on a suggestion, switches the
 * video while the frame's URL stays; the title link follows the current video, so it comes first.
 */
function embeddedId(url: URL, doc: Document): string | null {
  const href = doc.querySelector(TITLE_LINK)?.getAttribute('href');
  const fromLink = href ? youtubeIdFromUrl(absolute(href, url)) : null;
  return fromLink ?? youtubeIdFromUrl(url);
}

/** The YouTube player in a frame (`/embed/ID` on youtube.com or youtube-nocookie.com): the same talk as its watch page. */
export const youtubeEmbedAdapter: SiteAdapter = {
  id: 'youtube-embed',

  matches(url) {
    return isEmbedUrl(url);
  },

  identify(url, doc) {
    if (!isEmbedUrl(url)) return null;
    const id = embeddedId(url, doc);
    return id ? youtubeRef(id) : null;
  },

  findVideo(doc) {
    return findMainVideo(doc);
  },

  readMeta(ref, url, doc) {
    const patch: MetaPatch = {};
    const link = doc.querySelector(TITLE_LINK);
    const href = link?.getAttribute('href');
    const linkId = href ? youtubeIdFromUrl(absolute(href, url)) : null;
    let title = '';
    let channel = '';
    if (linkId === ref.videoId) {
      title = plainText(link?.textContent, MAX.title);
      channel = CHANNEL.map((s) => plainText(doc.querySelector(s)?.textContent, MAX.channel)).find(Boolean) ?? '';
    } else if (!link && youtubeIdFromUrl(url) === ref.videoId) {
      title = readDocumentTitle(doc); // the frame has not drawn its controls yet
    }
    Object.assign(patch, titlePatch(title));
    if (channel) patch.channel = channel;
    const video = findMainVideo(doc);
    if (title && video && !isAdShowing(doc) && isKnownDuration(video.duration)) {
      patch.duration = video.duration;
    }
    return patch;
  },

  captions: watchYoutubeCaptions,

  clock(video, doc, signal) {
    return youtubeClock(video, doc, signal, undefined, () => embeddedId(new URL(doc.URL), doc));
  },

  observe(doc, onChange, signal) {
    observePage(doc, onChange, signal, () => Array.from(doc.querySelectorAll('.ytp-title, .ytp-title-channel')));
  },

  deepLink(ref, at) {
    return deepLink(ref, at);
  },
};

function isEmbedUrl(url: URL): boolean {
  return EMBED_HOSTS.has(url.hostname) && url.pathname.startsWith('/embed/');
}

function absolute(href: string, base: URL): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}
