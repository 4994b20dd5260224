import { talkIdOf } from '@/utils/model/ids';
import { pickMainVideo } from '@/utils/sites/player/main-video';
import { findVideoObject, metaContent, readOpenGraph, type VideoInfo } from '@/utils/sites/metadata/metadata';
import { observePage } from '@/utils/sites/player/observe-page';
import { peertubeUuidFromUrl, uuidToShort } from '@/utils/sites/peertube/id';
import { isKnownDuration, titlePatch, videoObjectContext } from '@/utils/sites/metadata/patch';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkRef } from '@/utils/model/talk-ref';
import { plainPlayer } from '@/utils/sites/player/plain-player';

const TITLE_SELECTORS = ['my-video-watch .video-info-name', '.video-info-name'];
const CHANNEL_SELECTORS = ['.video-info-channel .channel-display-name', '.video-info-channel-left-links a', 'my-video-avatar-channel + * a'];

/**
 * Whether the page is PeerTube's, on any instance: instances are countless, so it is told by
 * what the software puts in the page, never by a list of hosts.
 */
export function isPeerTubePage(doc: Document): boolean {
  if (metaContent(doc, 'og:platform')?.trim().toLowerCase() === 'peertube') return true;
  // The player: video.js with PeerTube's own skin (the embed page has no OpenGraph).
  return doc.querySelector('.video-js.vjs-peertube-skin, .vjs-peertube-skin video.vjs-tech') !== null;
}

export function peertubeRef(origin: string, uuid: string): TalkRef {
  return { platform: 'peertube', videoId: uuid, talkId: talkIdOf('peertube', uuid), url: `${origin}/w/${uuidToShort(uuid)}` };
}

/** Head tags describe the first page the single-page app loaded; only trusted when they name this video. */
function namesThisVideo(url: string | undefined, uuid: string): boolean {
  return url !== undefined && peertubeUuidFromUrl(new URL(url)) === uuid;
}

function videoObjectFor(uuid: string, doc: Document): VideoInfo | null {
  const info = findVideoObject(doc);
  return info && (namesThisVideo(info.url, uuid) || namesThisVideo(info.embedUrl, uuid)) ? info : null;
}

/** The tab title "Name - Instance", without the instance. */
function fromDocumentTitle(doc: Document, instance: string | undefined): string {
  const t = plainText(doc.title, MAX.title * 2);
  const suffix = instance ? ` - ${instance}` : null;
  if (suffix && t.endsWith(suffix)) return plainText(t.slice(0, -suffix.length), MAX.title);
  const i = t.lastIndexOf(' - ');
  return plainText(i > 0 ? t.slice(0, i) : t, MAX.title);
}

function firstText(doc: Document, selectors: string[], max: number): string {
  for (const s of selectors) {
    const text = plainText(doc.querySelector(s)?.textContent, max);
    if (text) return text;
  }
  return '';
}

/** PeerTube watch and embed pages on any instance. */
export const peertubeAdapter: SiteAdapter = {
  id: 'peertube',

  matches(url, doc) {
    return peertubeUuidFromUrl(url) !== null && isPeerTubePage(doc);
  },

  identify(url, doc) {
    const uuid = peertubeUuidFromUrl(url);
    return uuid && isPeerTubePage(doc) ? peertubeRef(url.origin, uuid) : null;
  },

  findVideo(doc) {
    return doc.querySelector<HTMLVideoElement>('video.vjs-tech') ?? pickMainVideo(doc.querySelectorAll('video'));
  },

  readMeta(ref, _url, doc) {
    const og = readOpenGraph(doc);
    const info = videoObjectFor(ref.videoId, doc);
    const title =
      firstText(doc, TITLE_SELECTORS, MAX.title) ||
      info?.title ||
      (namesThisVideo(og.url, ref.videoId) ? og.title : undefined) ||
      fromDocumentTitle(doc, og.siteName);
    const patch: MetaPatch = titlePatch(title);
    const channel = firstText(doc, CHANNEL_SELECTORS, MAX.channel) || info?.author;
    if (channel) patch.channel = channel;
    const duration = info?.duration ?? peertubeAdapter.findVideo(doc)?.duration;
    if (isKnownDuration(duration)) patch.duration = duration;
    return patch;
  },

  readContext(ref, _url, doc) {
    return videoObjectContext(videoObjectFor(ref.videoId, doc));
  },

  ...plainPlayer,

  // The Angular client changes the title's text in place when it loads another video.
  observe(doc, onChange, signal) {
    observePage(doc, onChange, signal, () => Array.from(doc.querySelectorAll('.video-info-name')));
  },
};
