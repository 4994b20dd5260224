import type { LoaderSite } from '@/utils/content/loader';
import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { listsChapters } from '@/utils/sites/metadata/chapters';
import { readDescriptions } from '@/utils/sites/youtube/dom';
import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

/**
 * `read` again for the same key without the work: the loader looks at the page on each of
 * YouTube's navigation events, which mostly find the address and description unchanged (a
 * third of the loader's time on a watch page went to parsing them again).
 */
export function lastRead<V>(read: (key: string) => V): (key: string) => V {
  let last: { key: string; value: V } | null = null;
  return (key) => {
    if (last?.key !== key) last = { key, value: read(key) };
    return last.value;
  };
}

const recordingAt = lastRead((href): TalkId | null => {
  const id = youtubeIdFromUrl(href);
  return id ? talkIdOf('youtube', id) : null;
});
// Descriptions joined by a character no description holds, split again to be read one by one.
const SEPARATOR = '\u0000';
const listsParts = lastRead((joined) => joined !== '' && joined.split(SEPARATOR).some(listsChapters));

/** YouTube's own pages: the video from the address, a move to another one told by `yt-navigate-finish` alone. */
export const youtubeLoaderSite: LoaderSite = {
  site: 'youtube',
  recording: (doc) => recordingAt(doc.location.href),
  video: (doc) => doc.querySelector<HTMLVideoElement>('#movie_player video.html5-main-video') ?? doc.querySelector('video'),
  // A day's stream lists its talks as chapters: the sidebar follows them from the start.
  hasParts: (doc) => listsParts(readDescriptions(doc).join(SEPARATOR)),
  onNavigate(changed, signal, doc) {
    // The address names the new video at once; its description shows by yt-page-data-updated.
    doc.addEventListener('yt-navigate-finish', changed, { signal });
    doc.addEventListener('yt-page-data-updated', changed, { signal });
  },
};
