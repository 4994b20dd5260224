// The fixture pages the e2e suite serves (tests/fixtures/{mediaccc,peertube,vimeo}), read whole by
// their adapters: the same pages the sites' unit tests use, so a page that drifts from what its
// adapter reads fails here, in a second, not only in a browser.
import { describe, expect, it } from 'vitest';
import { mediacccAdapter } from '@/utils/sites/mediaccc/adapter';
import { peertubeAdapter } from '@/utils/sites/peertube/adapter';
import type { SiteAdapter } from '@/utils/sites/types';
import { vimeoAdapter } from '@/utils/sites/vimeo/adapter';
import { fixturePage, page } from './page';

function read(adapter: SiteAdapter, file: string, url: string) {
  const { doc } = page(url, fixturePage(file));
  const at = new URL(url);
  const ref = adapter.identify(at, doc);
  return { ref, meta: ref && adapter.readMeta(ref, at, doc), context: ref && adapter.readContext?.(ref, at, doc) };
}

describe('the e2e fixture pages, read by their adapters', () => {
  it('media.ccc.de: the talk, its two speakers and the conference linked as /c/<acronym>', () => {
    expect(read(mediacccAdapter, 'mediaccc/talk.html', 'https://media.ccc.de/v/38c3-12345-illegal-instructions')).toEqual({
      ref: {
        platform: 'mediaccc',
        videoId: '38c3-12345-illegal-instructions',
        talkId: 'mediaccc:38c3-12345-illegal-instructions',
        url: 'https://media.ccc.de/v/38c3-12345-illegal-instructions',
      },
      meta: { title: 'Illegal Instructions in Practice', speakers: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }] },
      context: { conference: { name: '38C3: Illegal Instructions', url: 'https://media.ccc.de/c/38c3' } },
    });
  });

  it('PeerTube: the video by its uuid from the JSON-LD embed address, named and timed by the JSON-LD', () => {
    expect(read(peertubeAdapter, 'peertube/watch.html', 'https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv')).toEqual({
      ref: {
        platform: 'peertube',
        videoId: '9c9de5e8-0a1e-484a-b099-e80766180a6d',
        talkId: 'peertube:9c9de5e8-0a1e-484a-b099-e80766180a6d',
        url: 'https://peertube.example/w/kkGMgK9ZtnKfYAgnEtQxbv',
      },
      meta: { title: 'Federating Video at Scale', speakers: [{ name: 'Jane Doe' }], channel: 'Conference Talks', duration: 90 },
      context: { date: '2024-03-02' },
    });
  });

  it('Vimeo: the video page and the embedded player are the same talk', () => {
    const ref = { platform: 'vimeo', videoId: '76979871', talkId: 'vimeo:76979871' };
    const talk = { title: 'Set Your Sites on Tracing', speakers: [{ name: 'Adrian Cole' }], channel: 'CloudNative NZ' };
    expect(read(vimeoAdapter, 'vimeo/page.html', 'https://vimeo.com/76979871')).toEqual({
      ref: { ...ref, url: 'https://vimeo.com/76979871' },
      meta: { ...talk, duration: 90 },
      context: { date: '2019-07-15' },
    });
    expect(read(vimeoAdapter, 'vimeo/player.html', 'https://player.vimeo.com/video/76979871?h=8272103f6e')).toEqual({
      ref: { ...ref, url: 'https://vimeo.com/76979871/8272103f6e' },
      meta: talk,
      context: {},
    });
  });
});
