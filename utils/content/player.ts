import type { Player } from '@/utils/sidebar/deps';
import type { SiteAdapter, TalkClock } from '@/utils/sites/types';
import { textTrackCaption, type CaptionReader, type ShownCaption } from '@/utils/sites/player/captions';
import { call } from '@/utils/messages/client';
import type { ScreenRect, SlidePayload } from '@/utils/model/slide';
import { SlideError } from '@/utils/slides/codec';
import { captureVideo } from '@/utils/content/slide-capture';

/** The visible tab cropped to `rect`, captured by the background. */
const captureTab = (rect: ScreenRect): Promise<SlidePayload> => call('slide.tab', { rect });

/**
 * Follows the page's main video: the adapter finds it, and a new clock is made whenever the
 * page swaps the element. `onTime` gets the talk time as it plays and after seeks.
 */
export function trackPlayer(
  adapter: SiteAdapter,
  onTime: (now: number | null) => void,
  signal: AbortSignal,
  doc: Document = document,
): { player: Player; refresh(): void; caption(): Promise<ShownCaption | null> } {
  let video: HTMLVideoElement | null = null;
  let clock: TalkClock | null = null;
  let captions: CaptionReader | null = null;
  let videoScope: AbortController | null = null;

  function refresh(): void {
    const found = adapter.findVideo(doc);
    if (found === video) return;
    videoScope?.abort();
    video = found;
    clock = null;
    captions = null;
    if (!found) return;
    videoScope = new AbortController();
    signal.addEventListener('abort', () => videoScope?.abort(), { once: true });
    clock = adapter.clock(found, doc, videoScope.signal);
    captions = adapter.captions?.(found, doc, videoScope.signal) ?? (() => textTrackCaption(found));
    const tick = () => onTime(clock?.now() ?? null);
    for (const type of ['timeupdate', 'seeked', 'loadedmetadata', 'emptied']) {
      found.addEventListener(type, tick, { signal: videoScope.signal });
    }
    tick();
  }

  async function caption(): Promise<ShownCaption | null> {
    refresh();
    return captions ? captions() : null;
  }

  const player: Player = {
    now: () => {
      refresh();
      return clock?.now() ?? null;
    },
    seek: (at) => {
      refresh();
      clock?.seek(at);
    },
    pause: () => video?.pause(),
    play: () => void video?.play().catch(() => {}),
    get paused() {
      return video?.paused ?? true;
    },
    async caption() {
      const shown = await caption();
      const now = clock?.now() ?? null;
      // The caption began `ago` seconds of the recording before now.
      return shown && now !== null ? { text: shown.text, at: Math.max(0, now - shown.ago) } : null;
    },
    captureSlide: async (preview) => {
      refresh();
      if (adapter.captureFrame) return adapter.captureFrame(captureTab);
      if (!video) throw new SlideError('There is no video on this page to capture. Nothing was saved.');
      return captureVideo(video, captureTab, doc.defaultView ?? window, preview);
    },
    ...(adapter.markTalk
      ? {
          markTalk: () => {
            const at = player.now();
            if (at !== null) adapter.markTalk?.(at, doc);
          },
        }
      : {}),
  };
  return { player, refresh, caption };
}
