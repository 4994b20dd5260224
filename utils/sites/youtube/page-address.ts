import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

/** The hosts of YouTube's own pages, where the YouTube loader runs. */
const PAGE_HOSTS = new Set(['www.youtube.com', 'm.youtube.com']);

/**
 * The video a page of YouTube's own names, as its loader sees it: the id of a watch page (or
 * `/live/`, `/shorts/`…), null for one of YouTube's pages without a video, and for an embed
 * (that page is the embed loader's); undefined for an address that is not one of YouTube's pages.
 */
export function youtubePageVideo(url: URL): string | null | undefined {
  if (!PAGE_HOSTS.has(url.hostname)) return undefined;
  return url.pathname.startsWith('/embed/') ? null : youtubeIdFromUrl(url);
}
