import { talkIdOf } from '@/utils/model/ids';
import type { TalkRef } from '@/utils/model/talk-ref';

const ID = /^[A-Za-z0-9_-]{11}$/;
const MAIN_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']);
const NOCOOKIE_HOSTS = new Set(['youtube-nocookie.com', 'www.youtube-nocookie.com']);
/** Path forms that carry the id as their second segment, e.g. `/live/ID`. */
const ID_PATHS = new Set(['live', 'shorts', 'embed', 'v']);

/** Whether `s` has the shape of a YouTube video id (11 characters of the URL-safe base64 alphabet). */
export function isYoutubeId(s: string): boolean {
  return ID.test(s);
}

/**
 * The 11-character video id an address names, or null. Exact host match, so
 * `youtube.com.evil.example` is refused; extra parameters (`t`, `list`, `si`, …) are ignored.
 */
export function youtubeIdFromUrl(url: string | URL): string | null {
  const u = toUrl(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  const host = u.hostname.toLowerCase();
  const parts = u.pathname.split('/').filter((p) => p !== '');
  let candidate: string | null = null;
  if (host === 'youtu.be') {
    candidate = parts.length === 1 ? parts[0]! : null;
  } else if (NOCOOKIE_HOSTS.has(host)) {
    candidate = parts.length === 2 && parts[0] === 'embed' ? parts[1]! : null;
  } else if (MAIN_HOSTS.has(host)) {
    if (parts.length === 1 && parts[0] === 'watch') candidate = u.searchParams.get('v');
    else if (parts.length === 2 && ID_PATHS.has(parts[0]!)) candidate = parts[1]!;
  }
  return candidate !== null && ID.test(candidate) ? candidate : null;
}

/** The stable reference of a YouTube video: the same for the watch page and every embed of it. */
export function youtubeRef(videoId: string): TalkRef {
  return {
    platform: 'youtube',
    videoId,
    talkId: talkIdOf('youtube', videoId),
    url: `https://www.youtube.com/watch?v=${videoId}`,
  };
}

function toUrl(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}
