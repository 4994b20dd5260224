import { talkIdOf } from '@/utils/model/ids';
import { pickMainVideo } from '@/utils/sites/player/main-video';
import { findVideoObject, readOpenGraph, type VideoInfo } from '@/utils/sites/metadata/metadata';
import { isKnownDuration, titlePatch, videoObjectContext } from '@/utils/sites/metadata/patch';
import { MAX, plainText } from '@/utils/sites/metadata/text';
import type { SiteAdapter } from '@/utils/sites/types';
import type { MetaPatch, TalkRef } from '@/utils/model/talk-ref';
import { plainPlayer } from '@/utils/sites/player/plain-player';
import { vimeoIdFromUrl } from '@/utils/sites/vimeo/id';

export { vimeoIdFromUrl };

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
