/** Payload checkers for the frame relay and stream marks (sites, issue 4); messages-validate.ts spreads them into its table. */
import type { FrameControl, FrameReport, FrameRequestType, MarkRequestType, Req } from '@/utils/messages';
import { describe, fail, int, LIMITS, num, oneOf, parseTalkId, parseTalkMeta, record, wholeMoment, type Check } from '@/utils/model/validate';

const bool: Check<boolean> = (x, p) => (typeof x === 'boolean' ? x : fail(p, `expected true or false, got ${describe(x)}`));
const moment = num({ min: 0, max: LIMITS.moment, what: 'a number of seconds ≥ 0' });
const nullable = <T,>(check: Check<T>): Check<T | null> => (x, p) => (x === null ? null : check(x, p));

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

export const FRAME_PAYLOADS: { [K in FrameRequestType]: Check<Req<K>> } = {
  'frame.probe': record<Record<string, never>>({}),
  'frame.report': record({ report: nullable(report) }),
  // Firefox's frame ids are browsing-context ids, with the process id in the high 32 bits: far past 2³¹.
  'frame.control': record({ frameId: int({ min: 0, max: Number.MAX_SAFE_INTEGER, what: 'a frame id' }), control }),
};

export const MARK_PAYLOADS: { [K in MarkRequestType]: Check<Req<K>> } = {
  'marks.get': record({ recording: parseTalkId }),
  'marks.add': record({ recording: parseTalkId, at: wholeMoment }),
};
