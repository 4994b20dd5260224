import { deepLink } from '@/utils/formats/deep-link';
import { observePage } from '@/utils/sites/player/observe-page';
import { simpleClock } from '@/utils/sites/player/simple-clock';
import type { SiteAdapter } from '@/utils/sites/types';

/**
 * What every site with a plain HTML5 player does alike: the element is the clock, any change
 * of the page may be news, and links to a moment are the platform's own (formats/deep-link.ts).
 * Adapters spread it and override what their site does differently.
 */
export const plainPlayer: Pick<SiteAdapter, 'clock' | 'observe' | 'deepLink'> = {
  clock: (video) => simpleClock(video),
  observe: (doc, onChange, signal) => observePage(doc, onChange, signal),
  deepLink: (ref, at) => deepLink(ref, at),
};
