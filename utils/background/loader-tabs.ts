import { talkIdOf, type TalkId } from '@/utils/model/ids';
import { mediacccSlugFromUrl } from '@/utils/sites/mediaccc/id';
import { vimeoIdFromUrl } from '@/utils/sites/vimeo/id';
import { youtubeIdFromUrl } from '@/utils/sites/youtube/id';

const YOUTUBE_PAGES = new Set(['www.youtube.com', 'm.youtube.com']);

/**
 * The recording a matched page's address names, as its loader's site knows it: a YouTube watch
 * page (not an embed: that page is another loader's), a Vimeo video, a media.ccc.de talk.
 * Undefined for an address no loader runs on, null for one of YouTube's pages without a video
 * (the loader there takes its control away).
 */
export function recordingAtAddress(href: string): TalkId | null | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (YOUTUBE_PAGES.has(url.hostname)) {
    const id = url.pathname.startsWith('/embed/') ? null : youtubeIdFromUrl(url);
    return id ? talkIdOf('youtube', id) : null;
  }
  const vimeo = vimeoIdFromUrl(url);
  if (vimeo) return talkIdOf('vimeo', vimeo.id);
  const slug = mediacccSlugFromUrl(url);
  return slug ? talkIdOf('mediaccc', slug) : undefined;
}

export interface LoaderTabDeps {
  /** Whether the sidebar comes by itself on this recording (loader-handlers.ts, sidebarWanted). */
  wanted: (recording: TalkId) => Promise<boolean>;
  /** Calls the loader's hook in the tab's top frame; true when the sidebar's file is to be run there. */
  arrive: (tabId: number, recording: TalkId | null, wanted: boolean) => Promise<boolean>;
  /** Runs the sidebar's file in the tab's top frame. */
  injectSidebar: (tabId: number) => Promise<void>;
}

/**
 * Follows the matched tabs' top pages, in-page moves (history.pushState) too, and tells each
 * tab's loader what it shows: the loader itself touches no `chrome.*` at load. Each address is
 * told once per page, once the page completed (its loader is there by then). Closed tabs are
 * not followed (tabs.onRemoved would wake the background for every tab closed anywhere): a
 * few addresses are kept until the background stops.
 */
export function createLoaderTabs(deps: LoaderTabDeps) {
  const told = new Map<number, string>();
  return {
    /** A new page in the tab's top frame (webNavigation.onCommitted): its address is told again. */
    committed(tabId: number): void {
      told.delete(tabId);
    },
    /** The tab's top page completed, or moved inside itself (webNavigation.onCompleted, onHistoryStateUpdated). */
    async shown(tabId: number, url: string): Promise<void> {
      if (told.get(tabId) === url) return;
      const recording = recordingAtAddress(url);
      if (recording === undefined) return;
      told.set(tabId, url);
      const wanted = recording ? await deps.wanted(recording) : false;
      if (await deps.arrive(tabId, recording, wanted)) await deps.injectSidebar(tabId);
    },
  };
}

/** The hosts whose pages a loader runs on as the top page: the only navigations the background is woken for. */
export const LOADER_HOSTS = ['www.youtube.com', 'm.youtube.com', 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com', 'media.ccc.de'];
