import { describe, expect, it } from 'vitest';
import { isPeerTubePage, peertubeAdapter as pt, peertubeRef } from '@/utils/sites/peertube/adapter';
import { peertubeUuidFromUrl, shortToUuid, uuidToShort } from '@/utils/sites/peertube/id';
import { drawPlayers, fixturePage, page, stubMedia } from '../page';

const UUID = '9c9de5e8-0a1e-484a-b099-e80766180a6d';
const SHORT = uuidToShort(UUID);

describe('PeerTube ids', () => {
  it('turns a UUID into the 22-character short id and back', () => {
    expect(SHORT).toHaveLength(22);
    expect(shortToUuid(SHORT)).toBe(UUID);
  });

  it('pads a small UUID the way short-uuid does, and reads it back', () => {
    const small = '00000000-0000-0000-0000-00000000003a'; // 58: "21" in base 58
    expect(uuidToShort(small)).toBe('1111111111111111111121');
    expect(shortToUuid('1111111111111111111121')).toBe(small);
    expect(shortToUuid('21')).toBe(small);
  });

  it.each([
    [`https://tube.example.org/w/${SHORT}`, UUID],
    [`https://tube.example.org/w/${UUID}`, UUID],
    [`https://tube.example.org/w/${UUID.toUpperCase()}?start=1m2s`, UUID],
    [`https://peertube.other.example/videos/watch/${UUID}`, UUID],
    [`https://peertube.other.example/videos/embed/${SHORT}`, UUID],
    [`https://tube.example.org/w/p/${SHORT}`, null],
    [`https://tube.example.org/c/talks/videos`, null],
    [`https://tube.example.org/w/not-an-id!`, null],
    [`https://tube.example.org/w/${'z'.repeat(30)}`, null],
  ])('reads %s as %s', (url, uuid) => {
    expect(peertubeUuidFromUrl(new URL(url))).toBe(uuid);
  });
});

describe('peertubeAdapter', () => {
  // The e2e suite's PeerTube page, on the instance it is served as, with its player drawn.
  const open = (url = `https://peertube.example/w/${SHORT}`) => {
    const { doc } = page(url, fixturePage('peertube/watch.html'));
    return { doc: drawPlayers(doc), url: new URL(doc.URL) };
  };

  it('recognises PeerTube from the page, on a host it has never heard of', () => {
    const { doc, url } = open();
    expect(pt.matches(url, doc)).toBe(true);
    const { doc: plain } = page(`https://tube.example.org/w/${SHORT}`, '<video></video>');
    expect(pt.matches(url, plain)).toBe(false);
  });

  it('recognises the embed page by its video.js skin', () => {
    const { doc } = page(`https://tube.example.org/videos/embed/${UUID}`, '<div class="video-js vjs-peertube-skin"><video class="vjs-tech"></video></div>');
    expect(isPeerTubePage(doc)).toBe(true);
  });

  it('names the talk by UUID, the same from a short or a long address', () => {
    const a = open().doc;
    expect(pt.identify(new URL(`https://peertube.example/w/${SHORT}`), a)).toEqual({
      platform: 'peertube',
      videoId: UUID,
      talkId: `peertube:${UUID}`,
      url: `https://peertube.example/w/${SHORT}`,
    });
    expect(pt.identify(new URL(`https://peertube.example/videos/watch/${UUID}`), a)?.talkId).toBe(`peertube:${UUID}`);
  });

  it('reads title, speaker, channel and duration from the page where it serves no JSON-LD', () => {
    const { doc, url } = open();
    for (const ld of doc.querySelectorAll('script[type="application/ld+json"]')) ld.remove();
    stubMedia(pt.findVideo(doc)!, { duration: 1234 });
    expect(pt.readMeta(peertubeRef(url.origin, UUID), url, doc)).toEqual({
      title: 'Federating Video at Scale',
      speakers: [{ name: 'Jane Doe' }],
      channel: 'Conference Talks',
      duration: 1234,
    });
  });

  it('falls back to the tab title without " - Instance"', () => {
    const { doc, url } = open();
    doc.querySelector('.video-info')!.remove();
    doc.querySelector('meta[property="og:url"]')!.setAttribute('content', 'https://peertube.example/w/other');
    for (const ld of doc.querySelectorAll('script[type="application/ld+json"]')) ld.remove();
    expect(pt.readMeta(peertubeRef(url.origin, UUID), url, doc).title).toBe('Federating Video at Scale');
  });

  it('finds the video.js tech element', () => {
    expect(pt.findVideo(open().doc)?.id).toBe('video_html5_api');
  });

  it('links with ?start=', () => {
    expect(pt.deepLink(peertubeRef('https://tube.example.org', UUID), 62)).toBe(`https://tube.example.org/w/${SHORT}?start=62s`);
  });
});
