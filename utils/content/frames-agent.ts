import { answerCaptionQueries, onFrameEvent } from '@/utils/messages/listen';
import type { FrameReport } from '@/utils/messages/frames';
import { call } from '@/utils/messages/client';
import type { SiteAdapter } from '@/utils/sites/types';
import { currentTalk } from '@/utils/content/follow-talk';
import { trackPlayer } from '@/utils/content/player';
import { relayFailed } from '@/utils/messages/relay-log';
import type { FrameSlide } from '@/utils/messages/frames';
import { grabVideoFrame, TaintedVideo } from '@/utils/content/slide-capture';

/** Between two reports while it plays: the top page counts on from the last one meanwhile. */
const STEADY_MS = 1000;

/**
 * Runs in a frame that may hold the player (a YouTube or Vimeo embed, a conference's own
 * player page): silent until the top page asks, then reports the talk and its clock on every
 * change, and obeys seek, pause and play. The sidebar itself stays on the top page.
 */
export function runFrameAgent(
  adapter: SiteAdapter,
  signal: AbortSignal,
  doc: Document = document,
  send: (report: FrameReport | null) => Promise<unknown> = (report) => call('frame.report', { report }),
  answer: (token: number, slide: FrameSlide) => Promise<unknown> = (token, slide) => call('frame.slide', { token, slide }),
  /** Started by a probe already (its code loaded on demand): reports at once. */
  probed = false,
): void {
  let asked = false;
  let last = 0;
  const { player, refresh, caption } = trackPlayer(adapter, () => push(false), signal, doc);
  // The top page asks for the caption only of a frame whose player it chose.
  answerCaptionQueries(async () => (asked ? caption() : null), signal);

  function snapshot(): FrameReport | null {
    refresh();
    const video = adapter.findVideo(doc);
    const found = video ? currentTalk(adapter, new URL(doc.location.href), doc) : null;
    if (!video || !found) return null;
    const rect = video.getBoundingClientRect();
    return { meta: found.meta, time: player.now(), paused: video.paused, rate: video.playbackRate || 1, area: rect.width * rect.height };
  }

  function push(now: boolean): void {
    if (!asked || signal.aborted) return;
    const t = Date.now();
    if (!now && t - last < STEADY_MS) return;
    last = t;
    void send(snapshot()).catch(relayFailed('frame.report'));
  }

  /** The frame this frame's video shows, for the sidebar on the top page. */
  async function capture(): Promise<FrameSlide> {
    const video = adapter.findVideo(doc);
    if (!video) return { error: 'The player shows no video. Nothing was saved.' };
    try {
      return { image: await grabVideoFrame(video, doc.defaultView ?? window) };
    } catch (error) {
      const view = doc.defaultView;
      if (error instanceof TaintedVideo && view) return { tainted: error.rect, view: { width: view.innerWidth, height: view.innerHeight } };
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  onFrameEvent((event) => {
    if (event.event === 'frame.probe') {
      asked = true;
      push(true);
    } else if (event.event === 'frame.control' && asked) {
      const c = event.control;
      if (c.action === 'seek') player.seek(c.at);
      else if (c.action === 'pause') player.pause();
      else if (c.action === 'capture') void capture().then((slide) => answer(c.token, slide)).catch(relayFailed('frame.slide'));
      else player.play();
    }
  }, signal);
  for (const type of ['play', 'pause', 'seeked', 'ratechange', 'loadedmetadata']) {
    doc.addEventListener(type, () => push(true), { capture: true, signal });
  }
  adapter.observe(doc, () => push(true), signal);
  if (probed) {
    asked = true;
    push(true);
  }
}
