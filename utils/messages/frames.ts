/**
 * A player in a frame, driven by the sidebar on the tab's top page: the frame reports its player,
 * the top page seeks, pauses or plays it. The background relays each message inside the sender's tab.
 */
import type { TalkMeta } from '@/utils/model/types';
import { fail, int, LIMITS, num, oneOf, parseTalkMeta, record, type Check } from '@/utils/model/validate';
import { bool, empty, nullable, request } from '@/utils/messages/request';
import type { ShownCaption } from '@/utils/sites/player/captions';

/** What a frame's player tells the top page. */
export interface FrameReport {
  meta: TalkMeta;
  /** Talk time when the report was made; null while no media is loaded. */
  time: number | null;
  paused: boolean;
  rate: number;
  /** The player's size on screen in CSS pixels², to choose between frames as a person would. */
  area: number;
}
export type FrameControl = { action: 'seek'; at: number } | { action: 'pause' } | { action: 'play' };

/** Background → frames: report your player; background → top page: a frame's report; background → one frame: a control. */
export type FrameEvent =
  | { event: 'frame.probe' }
  | { event: 'frame.player'; frameId: number; report: FrameReport | null }
  | { event: 'frame.control'; control: FrameControl };

export const FRAME_EVENTS: ReadonlySet<FrameEvent['event']> = new Set(['frame.probe', 'frame.player', 'frame.control']);

/** Background → one frame: what caption does your player show? The frame answers a ShownCaption or null. */
export interface CaptionQuery {
  event: 'frame.caption';
}
export const isCaptionQuery = (m: unknown): m is CaptionQuery =>
  typeof m === 'object' && m !== null && (m as Partial<CaptionQuery>).event === 'frame.caption';

/** A caption's words are one cue: more than this is no caption a person reads. */
const CAPTION_CHARS = 2_000;

/** A frame's answer, checked like any message from a page's world: a caption, or null for anything else. */
export function captionAnswer(x: unknown): ShownCaption | null {
  if (typeof x !== 'object' || x === null) return null;
  const { text, ago } = x as Partial<ShownCaption>;
  if (typeof text !== 'string' || text.trim() === '' || typeof ago !== 'number' || !Number.isFinite(ago) || ago < 0) return null;
  return { text: text.slice(0, CAPTION_CHARS), ago: Math.min(ago, LIMITS.moment) };
}

// Firefox's frame ids are browsing-context ids, with the process id in the high 32 bits: far past 2³¹.
const frameId = int({ min: 0, max: Number.MAX_SAFE_INTEGER, what: 'a frame id' });

const moment = num({ min: 0, max: LIMITS.moment, what: 'a number of seconds ≥ 0' });

const report = record<FrameReport>({
  meta: parseTalkMeta,
  time: nullable(moment),
  paused: bool,
  rate: num({ min: 0, max: 16, what: 'a playback rate' }),
  area: num({ min: 0, max: 1e9, what: 'an area in pixels' }),
});

const action = oneOf(['seek', 'pause', 'play'] as const);
const control: Check<FrameControl> = (x, path) => {
  const { action: a, at } = record<{ action: FrameControl['action']; at?: number }>({
    action,
    at: (v, p) => (v === undefined || v === null ? undefined : moment(v, p)),
  })(x, path);
  if (a !== 'seek') return { action: a };
  if (at === undefined) return fail(`${path}.at`, 'expected a number of seconds ≥ 0');
  return { action: a, at };
};

export const FRAME_REQUESTS = {
  /** From the top page: asks every frame of its tab to report its player. */
  'frame.probe': request<Record<string, never>, null>({ check: empty, from: 'top-page', writes: false }),
  /** From a frame: its player now (null: none), passed on to the tab's top page. */
  'frame.report': request<{ report: FrameReport | null }, null>({ check: record({ report: nullable(report) }), from: 'frame', writes: false }),
  /** From the top page: seek, pause or play the player in one frame of its tab. */
  'frame.control': request<{ frameId: number; control: FrameControl }, null>({
    check: record({ frameId, control }),
    from: 'top-page',
    writes: false,
  }),
  /** From the top page: the caption the player in one frame of its tab shows (null: none). */
  'frame.caption': request<{ frameId: number }, ShownCaption | null>({ check: record({ frameId }), from: 'top-page', writes: false }),
};
