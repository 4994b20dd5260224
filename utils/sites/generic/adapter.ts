import { talkIdOf } from '@/utils/model/ids';
import { clipsToChapters } from '@/utils/sites/metadata/chapters';
import { allVideos, measureVideo, pickMainVideo, type VideoLook } from '@/utils/sites/player/main-video';
import { findEvent, findVideoObject, readOpenGraph, type EventInfo } from '@/utils/sites/metadata/metadata';
import { guessSpeakers } from '@/utils/sites/metadata/speakers';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkContext, TalkRef } from '@/utils/model/talk-ref';
import { plainPlayer } from '@/utils/sites/player/plain-player';
import { streamTalks } from '@/utils/sites/metadata/stream-talks';

/** Parameters that say how a visitor arrived, not what the page shows. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|si|spm)$/i;

/**
 * A key for the recording a page shows that stays the same however the page was reached: the
 * address without its hash and tracking parameters, the rest in a fixed order. Null for
 * non-http(s) addresses and absurdly long ones.
 */
export function stableKey(address: string): string | null {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  u.hash = '';
  const kept = [...u.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  const key = u.href.replace(/\?$/, '');
  return key.length <= MAX.url ? key : null;
}

export function webRef(key: string): TalkRef {
  return { platform: 'web', videoId: key, talkId: talkIdOf('web', key), url: key };
}

/**
 * A JSON-LD Event is the talk itself unless it is a programme (a conference or a day: it lists
 * talks and names no performer), even when the day's whole recording is linked to it.
 */
function talkEvent(event: EventInfo | null): EventInfo | null {
  return event && (event.speakers.length > 0 || event.talks.length === 0) ? event : null;
}

/** Any page with an HTML5 video; the last resort after the sites known by name. */
export function createGenericAdapter(measure: (v: HTMLVideoElement) => VideoLook = measureVideo): SiteAdapter {
  const findVideo = (doc: Document) => pickMainVideo(doc.querySelectorAll('video'), measure) ?? pickMainVideo(allVideos(doc), measure);

  return {
    id: 'generic',

    matches(_url, doc) {
      return findVideo(doc) !== null;
    },

    identify(url, doc) {
      const video = findVideo(doc);
      if (!video) return null;
      // A page of its own (about:blank, srcdoc, file:) has no address to key on; a direct media file does.
      const key = stableKey(url.href) ?? stableKey(video.currentSrc || video.src);
      return key ? webRef(key) : null;
    },

    findVideo,

    readMeta(_ref, _url, doc) {
      const found = findEvent(doc);
      const event = talkEvent(found);
      const programme = found && !event ? found : null;
      const info = findVideoObject(doc);
      const og = readOpenGraph(doc);
      const raw = event?.title || event?.recording?.title || info?.title || og.title || plainText(doc.title, MAX.title);
      const patch: MetaPatch = {};
      if ((event && event.speakers.length > 0) || (programme && raw)) {
        // A day's recording is titled after its event ("Conference – Day 1"), never after a speaker.
        patch.title = raw;
        if (event) patch.speakers = event.speakers;
      } else if (raw) {
        const guess = guessSpeakers(raw);
        patch.title = guess.title;
        if (guess.speakers.length > 0) patch.speakers = guess.speakers;
      }
      const channel = (event?.recording ?? info)?.author || og.siteName;
      if (channel) patch.channel = channel;
      const live = findVideo(doc)?.duration;
      const duration = live !== undefined && Number.isFinite(live) && live > 0 ? live : (event?.recording ?? info)?.duration;
      if (duration) patch.duration = duration;
      return patch;
    },

    readContext(_ref, _url, doc) {
      const found = findEvent(doc);
      const event = talkEvent(found);
      const info = event?.recording ?? findVideoObject(doc);
      const context: TalkContext = {};
      // A programme is the conference, or a day of the one it names (`superEvent`).
      const own = found?.title ? { name: found.title, ...(found.url ? { url: found.url } : {}) } : undefined;
      const conference = event ? event.conference : (found?.conference ?? own);
      if (conference) context.conference = conference;
      const date = found?.date ?? info?.uploadDate;
      if (date) context.date = date;
      const chapters = event ? clipsToChapters(info?.clips ?? []) : streamTalks(info, found);
      if (chapters.length > 0) context.chapters = chapters;
      return context;
    },

    ...plainPlayer,
  };
}

export const genericAdapter: SiteAdapter = createGenericAdapter();

/**
 * The moment a Media Fragments address names (`#t=90`, `#t=npt:90`, `#t=1:30`), for pages whose
 * own player does not read it: the link our export makes for any other page. Null when none.
 */
export function fragmentStart(url: URL): number | null {
  const m = /(?:^|&)t=(?:npt:)?(\d+(?:\.\d+)?|(?:\d+:)?\d{1,2}:\d{2}(?:\.\d+)?)(?:,|&|$)/.exec(url.hash.slice(1));
  if (!m) return null;
  const seconds = m[1]!.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
  return Number.isFinite(seconds) ? seconds : null;
}
