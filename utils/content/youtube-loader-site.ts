import type { LoaderSite } from '@/utils/content/loader';
import { talkIdOf } from '@/utils/model/ids';
import { listsChapters } from '@/utils/sites/metadata/chapters';
import { readDescriptions } from '@/utils/sites/youtube/dom';
import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

/** YouTube's own pages: the video from the address, a move to another one told by `yt-navigate-finish` alone. */
export const youtubeLoaderSite: LoaderSite = {
  site: 'youtube',
  recording(doc) {
    const id = youtubeIdFromUrl(doc.location.href);
    return id ? talkIdOf('youtube', id) : null;
  },
  video: (doc) => doc.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video') ?? doc.querySelector('video'),
  // A day's stream lists its talks as chapters: the sidebar follows them from the start.
  hasParts: (doc) => readDescriptions(doc).some(listsChapters),
  onNavigate(changed, signal, doc) {
    // The address names the new video at once; its description shows by yt-page-data-updated.
    doc.addEventListener('yt-navigate-finish', changed, { signal });
    doc.addEventListener('yt-page-data-updated', changed, { signal });
  },
};
