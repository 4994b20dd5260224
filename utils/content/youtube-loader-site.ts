import type { LoaderSite } from '@/utils/content/loader';
import { listsChapters } from '@/utils/sites/metadata/chapters';
import { readDescriptions } from '@/utils/sites/youtube/dom';

/**
 * `read` again for the same key without the work: the loader looks at the description each
 * time YouTube shows a video's details, which mostly find it unchanged.
 */
export function lastRead<V>(read: (key: string) => V): (key: string) => V {
  let last: { key: string; value: V } | null = null;
  return (key) => {
    if (last?.key !== key) last = { key, value: read(key) };
    return last.value;
  };
}

// Descriptions joined by a character no description holds, split again to be read one by one.
const SEPARATOR = '\u0000';
/**
 * A chapter list starts at 0:00 (00:00, 0:00:00): without that text no description lists
 * chapters, and the parser (its patterns compiled on first use, a few ms on a page's main
 * thread) is not run on the plain talk's description at load.
 */
const MAY_LIST_CHAPTERS = '0:00';
const listsParts = lastRead((joined) => joined.includes(MAY_LIST_CHAPTERS) && joined.split(SEPARATOR).some(listsChapters));

/** YouTube's own pages: a move to another video told by `yt-navigate-finish`, its details (its description) by `yt-page-data-updated`. */
export const youtubeLoaderSite: LoaderSite = {
  site: 'youtube',
  video: (doc) => doc.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video') ?? doc.querySelector('video'),
  // A day's stream lists its talks as chapters: the sidebar follows them from the start.
  hasParts: (doc) => listsParts(readDescriptions(doc).join(SEPARATOR)),
  onMove(moved, signal, doc) {
    doc.addEventListener('yt-navigate-finish', moved, { signal });
  },
  onDetails(changed, signal, doc) {
    doc.addEventListener('yt-page-data-updated', changed, { signal });
  },
};
