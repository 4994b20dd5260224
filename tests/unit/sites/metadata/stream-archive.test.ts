// A conference's stream-archive page (tests/fixtures/stream/archive.html, the e2e fixture too):
// a Yoast-style @graph whose VideoObject lists Clips and whose day Event lists the programme.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGenericAdapter, webRef } from '@/utils/sites/generic/adapter';
import type { VideoLook } from '@/utils/sites/player/main-video';
import { withParts } from '@/utils/sites/parts';
import { page, stubMedia } from '../page';

const measure = (v: HTMLVideoElement): VideoLook => ({ width: v.tagName === 'VIDEO' ? 800 : 0, height: 450, visible: true });
const URL_ = 'https://live.conf.example/archive.html';

function open() {
  const { doc } = page(URL_, readFileSync('tests/fixtures/stream/archive.html', 'utf8'));
  const video = doc.querySelector('video')!;
  stubMedia(video, { currentSrc: `${URL_}/talk.webm`, duration: 90 });
  const base = createGenericAdapter(measure);
  const adapter = withParts(base);
  const url = new URL(doc.URL);
  const at = (t: number) => {
    video.currentTime = t;
    video.dispatchEvent(new Event('timeupdate'));
    const ref = adapter.identify(url, doc)!;
    return { videoId: ref.videoId, ...adapter.readMeta(ref, url, doc) };
  };
  return { doc, url, base, at };
}

describe('a stream-archive page with a @graph of the recording and the day', () => {
  it('names the day’s conference (superEvent, in another script tag) and the day’s date', () => {
    const { doc, url, base } = open();
    const context = base.readContext!(webRef(URL_), url, doc);
    expect([context.conference, context.date]).toEqual([{ name: 'Harbour Tech Forum 2025', url: 'https://live.conf.example/' }, '2025-05-20']);
  });

  it('matches clips and programme: by start, by title and by the clip a talk names; the unlisted clip is no talk', () => {
    const { doc, url, base } = open();
    expect(base.readContext!(webRef(URL_), url, doc).chapters).toEqual([
      { at: 20, end: 45, title: 'Steady Systems for Restless Teams', speakers: [{ name: 'Mira Solberg', role: 'Principal Engineer', org: 'Fjordline' }] },
      { at: 45, end: 70, title: 'Postgres at the Edge', speakers: [{ name: 'Tomás Ruiz', org: 'Edgebase' }, { name: 'Lin Chen', org: 'Edgebase' }] },
      { at: 70, end: 90, title: 'Typed CSS in Ten Minutes', speakers: [{ name: 'Ana Kowalski' }] },
    ]);
  });

  it('follows the talk at the moment; before the first the whole day keeps its own title, no speaker', () => {
    const { at } = open();
    expect(at(5)).toEqual({ videoId: URL_, title: 'Harbour Tech Forum – Day 1, Main Stage', channel: 'Harbour Tech Forum', duration: 90 });
    expect(at(47)).toEqual({
      videoId: `${URL_}#t=45`,
      title: 'Postgres at the Edge',
      speakers: [{ name: 'Tomás Ruiz', org: 'Edgebase' }, { name: 'Lin Chen', org: 'Edgebase' }],
      channel: 'Harbour Tech Forum',
      duration: 25,
    });
    expect(at(89).videoId).toBe(`${URL_}#t=70`);
  });
});
