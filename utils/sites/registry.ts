import { genericAdapter } from './generic';
import { mediacccAdapter } from './mediaccc';
import { peertubeAdapter } from './peertube';
import type { SiteAdapter } from './types';
import { vimeoAdapter } from './vimeo';
import { youtubeAdapter } from './youtube';
import { youtubeEmbedAdapter } from './youtube-embed';

/** Most specific first: a site known by name before the page-shape checks, the generic one last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  youtubeAdapter,
  youtubeEmbedAdapter,
  vimeoAdapter,
  mediacccAdapter,
  peertubeAdapter,
  genericAdapter,
];

/** The adapter that serves the page, or null when it shows no recording any adapter knows. */
export function pickAdapter(url: URL, doc: Document, adapters: readonly SiteAdapter[] = ADAPTERS): SiteAdapter | null {
  return adapters.find((a) => a.matches(url, doc)) ?? null;
}
