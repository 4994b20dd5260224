import type { LoaderSite } from '@/utils/content/loader';
import { talkIdOf } from '@/utils/model/ids';
import { mediacccSlugFromUrl } from '@/utils/sites/mediaccc/id';
import { vimeoIdFromUrl } from '@/utils/sites/vimeo/id';

/**
 * The top page of the other sites (video.content): a recording page of Vimeo or media.ccc.de
 * is told from its address; any other page (let in by the toolbar button or "always on this
 * site") shows no control, and gets the sidebar on the button or a shortcut.
 */
export const pageLoaderSite: LoaderSite = {
  site: 'page',
  recording(doc) {
    const url = new URL(doc.location.href);
    const vimeo = vimeoIdFromUrl(url);
    if (vimeo) return talkIdOf('vimeo', vimeo.id);
    const slug = mediacccSlugFromUrl(url);
    return slug ? talkIdOf('mediaccc', slug) : null;
  },
  video: (doc) => doc.querySelector('video'),
};
