import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { mediacccSlugFromUrl } from '@/utils/sites/mediaccc/id';
import { vimeoIdFromUrl } from '@/utils/sites/vimeo/id';
import { youtubePageVideo } from '@/utils/sites/youtube/page-address';

/**
 * The recording a matched page's address names, as its loader's site knows it: a YouTube watch
 * page (not an embed: that page is another loader's), a Vimeo video, a media.ccc.de talk.
 * Undefined for an address no loader runs on, null for one of YouTube's pages without a video
 * (the loader there takes its control away).
 */
export function recordingAtAddress(href: string): TalkId | null | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const youtube = youtubePageVideo(url);
  if (youtube !== undefined) return youtube ? talkIdOf('youtube', youtube) : null;
  const vimeo = vimeoIdFromUrl(url);
  if (vimeo) return talkIdOf('vimeo', vimeo.id);
  const slug = mediacccSlugFromUrl(url);
  return slug ? talkIdOf('mediaccc', slug) : undefined;
}

/** Whether `address` is a page of the same origin as the sender's (as the browser names it); false for anything unreadable. */
export function sameOrigin(address: string, senderUrl: string | undefined): boolean {
  try {
    return senderUrl !== undefined && new URL(address).origin === new URL(senderUrl).origin;
  } catch {
    return false;
  }
}
