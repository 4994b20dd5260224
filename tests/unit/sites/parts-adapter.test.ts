import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { TALKS_KEPT_MS, withParts, type HandMarks } from '@/utils/sites/parts';
import { simpleClock } from '@/utils/sites/player/simple-clock';
import type { SiteAdapter } from '@/utils/sites/types';
import type { Chapter } from '@/utils/model/talk-ref';
import { youtubeRef } from '@/utils/sites/youtube/id';
import { page, stubMedia } from './page';

const ch = (at: number, title: string, speaker?: string): Chapter => ({ at, title, speakers: speaker ? [{ name: speaker }] : [] });

function setUp(chapters: Chapter[], wall?: () => number) {
  const reads = { count: 0 };
  const { doc } = page('https://www.youtube.com/watch?v=cnSummitD1_', '<video></video>');
  const video = doc.querySelector('video')!;
  stubMedia(video, { currentTime: 0, duration: 90 });
  const base: SiteAdapter = {
    id: 'fake',
    matches: () => true,
    identify: () => youtubeRef('cnSummitD1_'),
    findVideo: () => video,
    readMeta: () => ({ title: 'Day 1 (full stream)', channel: 'CloudNative NZ', duration: 90 }),
    readContext: () => {
      reads.count++;
      return { chapters };
    },
    clock: (v) => simpleClock(v),
    observe: () => {},
    deepLink: () => '',
  };
  const store = new Map<TalkId, number[]>();
  const listeners = new Set<() => void>();
  const marks: HandMarks = {
    get: (id) => store.get(id) ?? [],
    add: (id, at) => {
      store.set(id, [...(store.get(id) ?? []), at]);
      listeners.forEach((f) => f());
    },
    subscribe: (f) => void listeners.add(f),
  };
  const adapter = withParts(base, marks, wall);
  const url = new URL(doc.URL);
  const at = (t: number) => {
    video.currentTime = t;
    video.dispatchEvent(new Event('timeupdate'));
  };
  return { doc, adapter, url, at, store, reads };
}

const DAY = [ch(0, 'Welcome'), ch(20, 'Set Your Sites on Tracing', 'Adrian Cole'), ch(50, 'Practical Istio', 'Bruno Largo'), ch(70, 'Lightning talks')];

describe('a recording of several talks', () => {
  it('is the talk at the current moment, with that talk’s details', () => {
    const { doc, adapter, url, at } = setUp(DAY);
    at(25);
    const ref = adapter.identify(url, doc)!;
    expect(ref.talkId).toBe('youtube:cnSummitD1_#t=20');
    expect(ref.url).toBe('https://www.youtube.com/watch?v=cnSummitD1_');
    expect(adapter.readMeta(ref, url, doc)).toEqual({ title: 'Set Your Sites on Tracing', speakers: [{ name: 'Adrian Cole' }], channel: 'CloudNative NZ', duration: 30 });
    at(75);
    const last = adapter.identify(url, doc)!;
    expect(last.talkId).toBe('youtube:cnSummitD1_#t=70');
    expect(adapter.readMeta(last, url, doc).duration).toBe(20);
  });

  it('tells the sidebar when the moment crosses into another talk, not on every tick', () => {
    const { doc, adapter, at } = setUp(DAY);
    const scope = new AbortController();
    let changes = 0;
    adapter.observe(doc, () => changes++, scope.signal);
    at(21);
    const first = changes;
    at(22);
    at(40);
    expect(changes).toBe(first);
    at(51);
    expect(changes).toBe(first + 1);
    scope.abort();
  });

  it("reads the page's talks once per TALKS_KEPT_MS while playing, and still sees each boundary at its tick", () => {
    let wall = 0;
    const { doc, adapter, at, reads } = setUp(DAY, () => wall);
    const scope = new AbortController();
    let changes = 0;
    adapter.observe(doc, () => changes++, scope.signal);
    at(18);
    const first = reads.count;
    for (let t = 18.25; t < 19.5; t += 0.25) {
      wall += 250;
      at(t);
    }
    expect(reads.count).toBe(first);
    const before = changes;
    wall += 250;
    at(20.1);
    expect([reads.count, changes]).toEqual([first, before + 1]);
    wall += TALKS_KEPT_MS;
    at(20.5);
    expect(reads.count).toBe(first + 1);
    scope.abort();
  });

  it('stays one talk when only its own chapters are listed, until the user marks a start', () => {
    const { doc, adapter, url, at } = setUp([ch(0, 'Intro'), ch(30, 'Demo'), ch(60, 'Questions')]);
    const scope = new AbortController();
    let changes = 0;
    adapter.observe(doc, () => changes++, scope.signal);
    at(45);
    expect(adapter.identify(url, doc)!.talkId).toBe('youtube:cnSummitD1_');
    const before = changes;
    adapter.markTalk!(40.7, doc);
    expect(changes).toBe(before + 1);
    const ref = adapter.identify(url, doc)!;
    expect(ref.talkId).toBe('youtube:cnSummitD1_#t=40');
    expect(adapter.readMeta(ref, url, doc)).toEqual({ channel: 'CloudNative NZ', duration: 50 });
    at(10);
    expect(adapter.identify(url, doc)!.talkId).toBe('youtube:cnSummitD1_');
    scope.abort();
  });
});
