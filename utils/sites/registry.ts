import { genericAdapter } from '@/utils/sites/generic/adapter';
import { mediacccAdapter } from '@/utils/sites/mediaccc/adapter';
import { peertubeAdapter } from '@/utils/sites/peertube/adapter';
import type { SiteAdapter } from '@/utils/sites/types';
import { vimeoAdapter } from '@/utils/sites/vimeo/adapter';
import { youtubeAdapter } from '@/utils/sites/youtube/watch';
import { youtubeEmbedAdapter } from '@/utils/sites/youtube/embed';

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
