import { deepLink } from '@/utils/formats/deep-link';
import { onFrameEvent } from '@/utils/messages/listen';
import type { FrameControl, FrameReport } from '@/utils/messages/frames';
import { call } from '@/utils/messages/client';
import { talkIdOf } from '@/utils/model/ids';
import { relayFailed } from '@/utils/messages/relay-log';
import { findEvent } from '@/utils/sites/metadata/metadata';
import type { SiteAdapter, TalkClock } from '@/utils/sites/types';
import type { ShownCaption } from '@/utils/sites/player/captions';
import type { MetaPatch, TalkRef } from '@/utils/model/talk-ref';
import type { FrameSlide } from '@/utils/messages/frames';
import type { ScreenRect, SlidePayload } from '@/utils/model/slide';
import { SlideError } from '@/utils/slides/codec';

/** How long a frame has to answer a capture: drawing and encoding a 1280-pixel frame takes well under a second. */
const CAPTURE_MS = 5000;

interface Seen {
  frameId: number;
  report: FrameReport;
  /** performance.now() when the report came. */
  at: number;
}

/** Playing before paused, then the larger: the player a person watches. */
function better(a: Seen, b: Seen | null): boolean {
  if (!b) return true;
  if (a.report.paused !== b.report.paused) return !a.report.paused;
  return a.report.area > b.report.area;
}

/**
 * A site adapter for a page whose player lives in a frame: the frames report through the
 * background, and seeks go back the same way. `findVideo` answers a stand-in element that is
 * never put in the page, through which the frame's clock events reach the sidebar.
 */
export function createFrameAdapter(
  signal: AbortSignal,
  doc: Document = document,
  control: (frameId: number, c: FrameControl) => Promise<unknown> = (frameId, c) => call('frame.control', { frameId, control: c }),
  clock: () => number = () => performance.now(),
  askCaption: (frameId: number) => Promise<ShownCaption | null> = (frameId) => call('frame.caption', { frameId }),
): SiteAdapter {
  const frames = new Map<number, Seen>();
  let chosen: Seen | null = null;
  const changed = new Set<() => void>();
  const standIn = doc.createElement('video');
  Object.defineProperty(standIn, 'paused', { get: () => chosen?.report.paused ?? true });
  standIn.pause = () => void send({ action: 'pause' });
  standIn.play = () => send({ action: 'play' }).then(() => undefined);

  function send(c: FrameControl): Promise<unknown> {
    // A frame that went away refuses; said in the console, since a silent refusal once hid a real bug.
    return chosen ? control(chosen.frameId, c).catch(relayFailed(`frame.control ${c.action}`)) : Promise.resolve();
  }
  const key = (s: Seen | null) => (s ? `${s.frameId} ${s.report.meta.platform}:${s.report.meta.videoId} ${s.report.meta.title}` : '');

  let tokens = 0;
  const waiting = new Map<number, { frameId: number; done: (slide: FrameSlide) => void }>();

  onFrameEvent((event) => {
    if (event.event === 'frame.slide') {
      const wait = waiting.get(event.token);
      if (wait?.frameId === event.frameId) wait.done(event.slide);
      return;
    }
    if (event.event !== 'frame.player') return;
    const before = key(chosen);
    if (event.report) frames.set(event.frameId, { frameId: event.frameId, report: event.report, at: clock() });
    else frames.delete(event.frameId);
    const current = chosen ? frames.get(chosen.frameId) ?? null : null;
    let best: Seen | null = null;
    for (const seen of frames.values()) if (better(seen, best)) best = seen;
    // Stay with the player in use unless another plays while it does not.
    chosen = current && !(best && !best.report.paused && current.report.paused) ? current : best;
    standIn.dispatchEvent(new Event('timeupdate'));
    if (key(chosen) !== before) for (const f of changed) f();
  }, signal);

  const ticker = setInterval(() => {
    if (chosen && !chosen.report.paused) standIn.dispatchEvent(new Event('timeupdate'));
  }, 250);
  signal.addEventListener('abort', () => clearInterval(ticker), { once: true });

  const talkClock: TalkClock = {
    now() {
      if (!chosen || chosen.report.time === null) return null;
      const { time, paused, rate } = chosen.report;
      return paused ? time : time + ((clock() - chosen.at) / 1000) * rate;
    },
    seek(at) {
      void send({ action: 'seek', at: Math.max(0, at) });
    },
  };

  /** Asks the chosen frame for its video's frame; where it may not read it, the visible tab is cropped to the frame's video. */
  async function captureFrame(tab: (rect: ScreenRect) => Promise<SlidePayload>): Promise<SlidePayload> {
    const frame = chosen;
    if (!frame) throw new SlideError('No player answers on this page. Nothing was saved.');
    const token = ++tokens;
    const slide = await new Promise<FrameSlide>((resolve) => {
      const timer = setTimeout(() => resolve({ error: 'The player did not answer. Nothing was saved.' }), CAPTURE_MS);
      waiting.set(token, { frameId: frame.frameId, done: (s) => (clearTimeout(timer), resolve(s)) });
      void control(frame.frameId, { action: 'capture', token }).catch(() => resolve({ error: 'The player went away. Nothing was saved.' }));
    }).finally(() => waiting.delete(token));
    if ('image' in slide) return slide.image;
    if ('error' in slide) throw new SlideError(slide.error);
    const outer = frameElementOfSize(doc, slide.view);
    if (!outer) throw new SlideError('The player\'s frame could not be found on the page to capture it. Nothing was saved.');
    const box = outer.getBoundingClientRect();
    const { x, y, width, height } = slide.tainted;
    return tab({ x: box.left + outer.clientLeft + x, y: box.top + outer.clientTop + y, width, height, scale: doc.defaultView?.devicePixelRatio || 1 });
  }

  return {
    id: 'frame',
    captureFrame,
    matches: () => true,
    identify() {
      const meta = chosen?.report.meta;
      return meta ? { platform: meta.platform, videoId: meta.videoId, talkId: talkIdOf(meta.platform, meta.videoId), url: meta.url } : null;
    },
    findVideo: () => (chosen ? standIn : null),
    readMeta(_ref, _url, page) {
      const meta = chosen?.report.meta;
      const patch: MetaPatch = {};
      if (!meta) return patch;
      patch.title = meta.title;
      if (meta.speakers.length > 0) patch.speakers = meta.speakers;
      if (meta.channel) patch.channel = meta.channel;
      if (meta.duration) patch.duration = meta.duration;
      // The page around the player names the talk and its speakers better than a channel's video title.
      const event = findEvent(page);
      if (event && event.speakers.length > 0) {
        if (event.title) patch.title = event.title;
        patch.speakers = event.speakers;
      }
      return patch;
    },
    readContext(_ref, _url, page) {
      const conference = findEvent(page)?.conference;
      return conference ? { conference } : {};
    },
    clock: () => talkClock,
    // The frame's script reads its own player's caption; the top page stamps it on its clock.
    captions: () => () => (chosen ? askCaption(chosen.frameId).catch(() => null) : null),
    observe(_doc, onChange, sig) {
      changed.add(onChange);
      sig.addEventListener('abort', () => changed.delete(onChange), { once: true });
    },
    deepLink: (ref: TalkRef, at: number) => deepLink(ref, at),
  };
}

/** The largest frame on the page whose inside is `view` (CSS pixels, within a pixel): the frame that answered. */
function frameElementOfSize(doc: Document, view: { width: number; height: number }): HTMLIFrameElement | null {
  let best: HTMLIFrameElement | null = null;
  for (const frame of doc.querySelectorAll('iframe')) {
    if (Math.abs(frame.clientWidth - view.width) > 1 || Math.abs(frame.clientHeight - view.height) > 1) continue;
    if (!best || frame.clientWidth * frame.clientHeight > best.clientWidth * best.clientHeight) best = frame;
  }
  return best;
}
