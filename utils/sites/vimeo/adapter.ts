import { talkIdOf } from '@/utils/model/ids';
import { pickMainVideo } from '@/utils/sites/player/main-video';
import { findVideoObject, readOpenGraph, type VideoInfo } from '@/utils/sites/metadata/metadata';
import { isKnownDuration, titlePatch, videoObjectContext } from '@/utils/sites/metadata/patch';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkRef } from '@/utils/model/talk-ref';
import { plainPlayer } from '@/utils/sites/player/plain-player';

const ID = /^\d{6,12}$/;
const HASH = /^[0-9a-f]{6,20}$/;

/** Vimeo's id (and the private-link hash of an unlisted video) from a page or player address. */
export function vimeoIdFromUrl(url: URL): { id: string; hash?: string } | null {
  const p = url.pathname.split('/').filter(Boolean);
  const withHash = (id: string | undefined, hash: string | null | undefined) =>
    id && ID.test(id) ? (hash && HASH.test(hash) ? { id, hash } : { id }) : null;
  if (url.hostname === 'player.vimeo.com') {
    return p.length === 2 && p[0] === 'video' ? withHash(p[1], url.searchParams.get('h')) : null;
  }
  if (url.hostname !== 'vimeo.com' && url.hostname !== 'www.vimeo.com') return null;
  if (p.length === 1 || (p.length === 2 && ID.test(p[0]!))) return withHash(p[0], p[1]);
  if (p.length === 3 && p[0] === 'channels') return withHash(p[2], null);
  if (p.length === 4 && ((p[0] === 'groups' && p[2] === 'videos') || ((p[0] === 'showcase' || p[0] === 'album') && p[2] === 'video'))) {
    return withHash(p[3], null);
  }
  return null;
}

export function vimeoRef(id: string, hash?: string): TalkRef {
  return { platform: 'vimeo', videoId: id, talkId: talkIdOf('vimeo', id), url: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}` };
}

/** JSON-LD describes the page's first video; after in-page navigation it may name another. */
function videoObjectFor(id: string, doc: Document): VideoInfo | null {
  const info = findVideoObject(doc);
  const names = [info?.url, info?.embedUrl].flatMap((u) => (u ? [vimeoIdFromUrl(new URL(u))?.id] : []));
  return info && names.includes(id) ? info : null;
}

/** "Title from Author on Vimeo" (player) or "Title on Vimeo" (page). */
function fromDocumentTitle(doc: Document): { title: string; author?: string } {
  const t = plainText(doc.title, MAX.title * 2).replace(/\s+on Vimeo$/, '');
  const m = /^(.*\S)\s+from\s+(\S.*)$/.exec(t);
  return m ? { title: plainText(m[1], MAX.title), author: plainText(m[2], MAX.channel) } : { title: plainText(t, MAX.title) };
}

/** vimeo.com video pages and player.vimeo.com embeds. */
export const vimeoAdapter: SiteAdapter = {
  id: 'vimeo',

  matches(url) {
    return vimeoIdFromUrl(url) !== null;
  },

  identify(url) {
    const found = vimeoIdFromUrl(url);
    return found ? vimeoRef(found.id, found.hash) : null;
  },

  findVideo(doc) {
    return doc.querySelector<HTMLVideoElement>('.vp-video-wrapper video') ?? pickMainVideo(doc.querySelectorAll('video'));
  },

  readMeta(ref, _url, doc) {
    const info = videoObjectFor(ref.videoId, doc);
    const og = readOpenGraph(doc);
    const ogNamesIt = og.url !== undefined && vimeoIdFromUrl(new URL(og.url))?.id === ref.videoId;
    const fromTitle = fromDocumentTitle(doc);
    const title = info?.title ?? (ogNamesIt ? og.title : undefined) ?? fromTitle.title;
    const patch: MetaPatch = titlePatch(title);
    const channel = info?.author ?? fromTitle.author;
    if (channel) patch.channel = channel;
    const video = vimeoAdapter.findVideo(doc);
    const duration = info?.duration ?? video?.duration;
    if (isKnownDuration(duration)) patch.duration = duration;
    return patch;
  },

  readContext(ref, _url, doc) {
    return videoObjectContext(videoObjectFor(ref.videoId, doc));
  },

  ...plainPlayer,
};
