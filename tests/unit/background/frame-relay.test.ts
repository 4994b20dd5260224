import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createFrameHandlers } from '@/utils/background/frame-relay';
import type { FrameEvent, FrameReport } from '@/utils/messages/frames';
import { validateRequest } from '@/utils/messages/validate';

const meta = { platform: 'youtube' as const, videoId: 'abcdefghijk', url: 'https://www.youtube.com/watch?v=abcdefghijk', title: 'T', speakers: [] };
const report: FrameReport = { meta, time: 12.5, paused: false, rate: 1, area: 640 * 360 };
const top = (tab = 7): Runtime.MessageSender => ({ id: 'x', tab: { id: tab } as never, frameId: 0 });
const frame = (frameId: number, tab = 7): Runtime.MessageSender => ({ id: 'x', tab: { id: tab } as never, frameId });

function relay() {
  const sent: { tabId: number; event: FrameEvent; frameId?: number }[] = [];
  const handlers = createFrameHandlers({ sendFrame: async (tabId, event, frameId) => void sent.push({ tabId, event, frameId }) });
  return { sent, handlers };
}

describe('the frame relay', () => {
  it('asks every frame of the top page’s own tab to report', async () => {
    const { sent, handlers } = relay();
    await handlers['frame.probe']({}, top(3));
    expect(sent).toEqual([{ tabId: 3, event: { event: 'frame.probe' }, frameId: undefined }]);
  });

  it('passes a frame’s report to the top page of the same tab, naming the frame', async () => {
    const { sent, handlers } = relay();
    await handlers['frame.report']({ report }, frame(5, 9));
    expect(sent).toEqual([{ tabId: 9, event: { event: 'frame.player', frameId: 5, report }, frameId: 0 }]);
  });

  it('sends a seek to exactly the frame named, in the sender’s tab', async () => {
    const { sent, handlers } = relay();
    await handlers['frame.control']({ frameId: 5, control: { action: 'seek', at: 30 } }, top(9));
    expect(sent).toEqual([{ tabId: 9, event: { event: 'frame.control', control: { action: 'seek', at: 30 } }, frameId: 5 }]);
  });

  it('asks exactly the frame named, in the sender’s tab, for its caption, and answers only a well-formed one', async () => {
    const asked: [number, number][] = [];
    const answers: unknown[] = [{ text: 'Conference speakers', ago: 1.5 }, null, { text: 5, ago: 1 }, { text: 'x', ago: -1 }, { text: 'y'.repeat(5000), ago: 2 }, '<b>'];
    const handlers = createFrameHandlers({ askCaption: async (tabId, frameId) => (asked.push([tabId, frameId]), answers.shift()) });
    const got = [];
    for (let i = 0; i < 6; i++) got.push(await handlers['frame.caption']({ frameId: 5 }, top(9)));
    expect(asked).toEqual(Array(6).fill([9, 5]));
    expect(got).toEqual([{ text: 'Conference speakers', ago: 1.5 }, null, null, null, { text: 'y'.repeat(2000), ago: 2 }, null]);
  });

  it('asks one frame for a capture and passes its slide to the top page, naming the frame', async () => {
    const { sent, handlers } = relay();
    await handlers['frame.control']({ frameId: 5, control: { action: 'capture', token: 4 } }, top(9));
    const slide = { error: 'The player shows no video. Nothing was saved.' };
    await handlers['frame.slide']({ token: 4, slide }, frame(5, 9));
    expect(sent).toEqual([
      { tabId: 9, event: { event: 'frame.control', control: { action: 'capture', token: 4 } }, frameId: 5 },
      { tabId: 9, event: { event: 'frame.slide', frameId: 5, token: 4, slide }, frameId: 0 },
    ]);
  });

  it.each([
    ['a slide from the top page', 'frame.slide', { token: 1, slide: { error: 'x' } }, top()],
    ['a probe from a frame', 'frame.probe', {}, frame(2)],
    ['a control from a frame', 'frame.control', { frameId: 3, control: { action: 'play' } }, frame(2)],
    ['a control aimed at the top page', 'frame.control', { frameId: 0, control: { action: 'play' } }, top()],
    ['a caption asked of the top page', 'frame.caption', { frameId: 0 }, top()],
    ['a caption asked by a frame', 'frame.caption', { frameId: 3 }, frame(2)],
    ['a report from the top page', 'frame.report', { report }, top()],
    ['anything from outside a tab', 'frame.probe', {}, { id: 'x', frameId: 0 }],
  ] as const)('refuses %s', async (_, type, payload, sender) => {
    const { sent, handlers } = relay();
    await expect((handlers[type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>)(payload, sender)).rejects.toThrow(/refused/);
    expect(sent).toEqual([]);
  });
});

describe('frame messages are checked like every request', () => {
  const rules = { extensionId: 'x', extensionOrigin: 'chrome-extension://x/' };
  it('keeps a well-formed report, without unknown fields', () => {
    const got = validateRequest({ type: 'frame.report', payload: { report: { ...report, extra: 1 } } }, frame(2), rules);
    expect(got.payload).toEqual({ report });
  });

  it.each([
    [{ report: { ...report, time: -1 } }, /time/],
    [{ report: { ...report, meta: { ...meta, videoId: 'a b' } } }, /videoId/],
    [{ report: { ...report, paused: 'no' } }, /paused/],
  ])('refuses a bad report %#', (payload, error) => {
    expect(() => validateRequest({ type: 'frame.report', payload }, frame(2), rules)).toThrow(error);
  });

  it('needs a moment to seek to, and nothing else for play', () => {
    expect(() => validateRequest({ type: 'frame.control', payload: { frameId: 2, control: { action: 'seek' } } }, top(), rules)).toThrow(/at/);
    expect(validateRequest({ type: 'frame.control', payload: { frameId: 2, control: { action: 'play', at: 4 } } }, top(), rules).payload)
      .toEqual({ frameId: 2, control: { action: 'play' } });
    expect(() => validateRequest({ type: 'frame.control', payload: { frameId: 2, control: { action: 'eject' } } }, top(), rules)).toThrow(/action/);
  });

  it('needs a capture’s token, and checks a frame’s slide like any image from a page', () => {
    expect(() => validateRequest({ type: 'frame.control', payload: { frameId: 2, control: { action: 'capture' } } }, top(), rules)).toThrow(/token/);
    const image = { data: 'UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=', type: 'image/webp', width: 1, height: 1 };
    expect(validateRequest({ type: 'frame.slide', payload: { token: 1, slide: { image, extra: 1 } } }, frame(2), rules).payload).toEqual({ token: 1, slide: { image } });
    expect(() => validateRequest({ type: 'frame.slide', payload: { token: 1, slide: { image: { ...image, type: 'image/gif' } } } }, frame(2), rules)).toThrow(/type/);
    expect(() => validateRequest({ type: 'frame.slide', payload: { token: 1, slide: { image: { ...image, width: 5000 } } } }, frame(2), rules)).toThrow(/width/);
    expect(() => validateRequest({ type: 'frame.slide', payload: { token: 1, slide: { tainted: { x: 0, y: 0, width: 0, height: 1, scale: 1 }, view: { width: 1, height: 1 } } } }, frame(2), rules)).toThrow(/width/);
  });

  it.each([
    ['a caption asked by a frame', { type: 'frame.caption', payload: { frameId: 3 } }, frame(2), 'refused: only the top page drives the players in its frames'],
    ['a probe from a frame', { type: 'frame.probe', payload: {} }, frame(2), 'refused: only the top page drives the players in its frames'],
    ['a control from a frame', { type: 'frame.control', payload: { frameId: 3, control: { action: 'play' } } }, frame(2), 'refused: only the top page drives the players in its frames'],
    ['a report from the top page', { type: 'frame.report', payload: { report } }, top(), 'refused: the top page has no frame to report'],
    ['a probe from an extension page', { type: 'frame.probe', payload: {} }, { id: 'x', url: 'chrome-extension://x/library.html' }, 'refused: only a page in a tab may use its frames'],
  ] as const)('refuses %s before any handler runs', (_, message, sender, error) => {
    expect(() => validateRequest(message, sender, rules)).toThrow(error);
  });

  it("takes Firefox's frame ids, which are past 2³¹, but not a fraction or a negative", () => {
    const firefoxFrame = 4294967302; // a browsing-context id: process id in the high 32 bits
    expect(validateRequest({ type: 'frame.control', payload: { frameId: firefoxFrame, control: { action: 'seek', at: 30 } } }, top(), rules).payload)
      .toEqual({ frameId: firefoxFrame, control: { action: 'seek', at: 30 } });
    expect(() => validateRequest({ type: 'frame.control', payload: { frameId: 2.5, control: { action: 'play' } } }, top(), rules)).toThrow(/frameId/);
    expect(() => validateRequest({ type: 'frame.control', payload: { frameId: -1, control: { action: 'play' } } }, top(), rules)).toThrow(/frameId/);
  });
});
