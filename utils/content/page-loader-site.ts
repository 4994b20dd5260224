import type { LoaderSite } from '@/utils/content/loader';

/**
 * The top page of the other sites (video.content): the background tells a recording page of
 * Vimeo or media.ccc.de from its address; any other page (let in by the toolbar button or
 * "always on this site") shows no control, and gets the sidebar on the button or a shortcut.
 */
export const pageLoaderSite: LoaderSite = {
  site: 'page',
  video: (doc) => doc.querySelector('video'),
};
