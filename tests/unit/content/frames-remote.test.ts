import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameControl, FrameReport } from '@/utils/messages/frames';
import { createFrameAdapter } from '@/utils/content/frames-remote';

const meta = (id: string) => ({ platform: 'youtube' as const, videoId: id, url: `https://www.youtube.com/watch?v=${id}`, title: `${id} – Somebody`, speakers: [{ name: 'Somebody' }] });
const report = (id: string, more: Partial<FrameReport> = {}): FrameReport => ({ meta: meta(id), time: 10, paused: false, rate: 1, area: 640 * 360, ...more });
const tell = (frameId: number, r: FrameReport | null) =>
  fakeBrowser.runtime.onMessage.trigger({ event: 'frame.player', frameId, report: r }, { id: fakeBrowser.runtime.id }, () => {});

function setUp() {
  const scope = new AbortController();
  const sent: [number, FrameControl][] = [];
  let t = 1000;
  const adapter = createFrameAdapter(scope.signal, document, async (frameId, c) => void sent.push([frameId, c]), () => t);
  const url = new URL(document.URL);
  return { scope, sent, adapter, url, advance: (ms: number) => (t += ms) };
}

afterEach(() => {
  fakeBrowser.reset();
  document.head.innerHTML = '';
});

describe('a player in a frame, seen from the top page', () => {
  it('is the talk the frame reports, with a clock that counts on between reports', async () => {
    const { scope, adapter, url, advance } = setUp();
    expect(adapter.identify(url, document)).toBeNull();
    await tell(4, report('abcdefghijk', { time: 10, rate: 2 }));
    expect(adapter.identify(url, document)?.talkId).toBe('youtube:abcdefghijk');
    const video = adapter.findVideo(document)!;
    expect(video.isConnected).toBe(false);
    const clock = adapter.clock(video, document, scope.signal);
    advance(500);
    expect(clock.now()).toBeCloseTo(11);
    await tell(4, report('abcdefghijk', { time: 30, paused: true }));
    advance(5000);
    expect(clock.now()).toBe(30);
    scope.abort();
  });

  it('asks the frame it follows for its caption, and nobody before a frame reported', async () => {
    const scope = new AbortController();
    const asked: number[] = [];
    const adapter = createFrameAdapter(scope.signal, document, async () => {}, () => 1000, async (frameId) => {
      asked.push(frameId);
      if (frameId === 6) throw new Error('the frame went away');
      return { text: 'words in the frame', ago: 2 };
    });
    const stand = document.createElement('video');
    const read = adapter.captions!(stand, document, scope.signal);
    expect(await read()).toBeNull();
    await tell(4, report('abcdefghijk'));
    expect(await read()).toEqual({ text: 'words in the frame', ago: 2 });
    await tell(4, null);
    await tell(6, report('bbbbbbbbbbb'));
    expect(await read()).toBeNull();
    expect(asked).toEqual([4, 6]);
    scope.abort();
  });

  it('seeks, pauses and plays exactly the frame it follows', async () => {
    const { scope, sent, adapter } = setUp();
    await tell(4, report('abcdefghijk'));
    const video = adapter.findVideo(document)!;
    adapter.clock(video, document, scope.signal).seek(42);
    video.pause();
    await video.play();
    await Promise.resolve();
    expect(sent).toEqual([[4, { action: 'seek', at: 42 }], [4, { action: 'pause' }], [4, { action: 'play' }]]);
    scope.abort();
  });

  it('says in the console when the frame refuses a control, without throwing at the user', async () => {
    const scope = new AbortController();
    const adapter = createFrameAdapter(scope.signal, document, () => Promise.reject(new Error('No frame with id 4')), () => 0);
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await tell(4, report('abcdefghijk'));
    await adapter.findVideo(document)!.play();
    expect(warned).toHaveBeenCalledWith('Talk Notes: frame.control play failed:', 'No frame with id 4');
    warned.mockRestore();
    scope.abort();
  });

  it('follows the playing player over a larger paused one, and lets go of a frame that has none', async () => {
    const { scope, adapter, url } = setUp();
    await tell(2, report('bigpausedid', { paused: true, area: 1e6 }));
    await tell(3, report('smallplayin', { area: 1e5 }));
    expect(adapter.identify(url, document)?.videoId).toBe('smallplayin');
    await tell(3, null);
    expect(adapter.identify(url, document)?.videoId).toBe('bigpausedid');
    scope.abort();
  });

  it('takes title, speakers and conference from the page around the player when it names them', async () => {
    const { scope, adapter, url } = setUp();
    document.head.innerHTML = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"When Containers Attack",
      "performer":{"@type":"Person","name":"Anne Currie"},"superEvent":{"@type":"Event","name":"Software Circus 2016"}}</script>`;
    await tell(4, report('abcdefghijk'));
    const ref = adapter.identify(url, document)!;
    expect(adapter.readMeta(ref, url, document)).toMatchObject({ title: 'When Containers Attack', speakers: [{ name: 'Anne Currie' }] });
    expect(adapter.readContext?.(ref, url, document)).toEqual({ conference: { name: 'Software Circus 2016' } });
    scope.abort();
  });

  it('ignores messages from anyone but this extension', async () => {
    const { scope, adapter, url } = setUp();
    await fakeBrowser.runtime.onMessage.trigger({ event: 'frame.player', frameId: 1, report: report('abcdefghijk') }, { id: 'another-extension' }, () => {});
    expect(adapter.identify(url, document)).toBeNull();
    scope.abort();
  });
});
