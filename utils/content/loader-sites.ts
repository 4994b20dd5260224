import type { LoaderSite } from '@/utils/content/loader';
import { talkIdOf } from '@/utils/model/ids';
import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

/** YouTube's own pages: the video from the address, a move to another one told by `yt-navigate-finish` alone. */
export const youtubeLoaderSite: LoaderSite = {
  site: 'youtube',
  recording(doc) {
    const id = youtubeIdFromUrl(doc.location.href);
    return id ? talkIdOf('youtube', id) : null;
  },
  video: (doc) => doc.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video') ?? doc.querySelector('video'),
  onNavigate(changed, signal, doc) {
    doc.addEventListener('yt-navigate-finish', changed, { signal });
  },
};
