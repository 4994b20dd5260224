import { describe, expect, it } from 'vitest';
import { vimeoAdapter as vimeo, vimeoIdFromUrl, vimeoRef } from '@/utils/sites/vimeo/adapter';
import { drawPlayers, fixturePage, page, stubMedia } from '../page';

describe('vimeoIdFromUrl', () => {
  it.each([
    ['https://vimeo.com/76979871', { id: '76979871' }],
    ['https://www.vimeo.com/76979871?share=copy', { id: '76979871' }],
    ['https://vimeo.com/76979871/8272103f6e', { id: '76979871', hash: '8272103f6e' }],
    ['https://vimeo.com/channels/staffpicks/76979871', { id: '76979871' }],
    ['https://vimeo.com/groups/talks/videos/76979871', { id: '76979871' }],
    ['https://vimeo.com/showcase/1234/video/76979871', { id: '76979871' }],
    ['https://player.vimeo.com/video/76979871', { id: '76979871' }],
    ['https://player.vimeo.com/video/76979871?h=8272103f6e&autoplay=1', { id: '76979871', hash: '8272103f6e' }],
    ['https://vimeo.com/cloudnativenz', null],
    ['https://vimeo.com/', null],
    ['https://vimeo.com/123', null],
    ['https://vimeo.com/channels/staffpicks', null],
    ['https://player.vimeo.com/video/abc', null],
    ['https://vimeo.com.evil.example/76979871', null],
    ['https://notvimeo.com/76979871', null],
  ])('reads %s as %j', (url, expected) => {
    expect(vimeoIdFromUrl(new URL(url))).toEqual(expected);
  });
});

describe('vimeoAdapter on a vimeo.com page', () => {
  // The e2e suite's Vimeo page, with its player drawn.
  const open = () => {
    const { doc } = page('https://vimeo.com/76979871', fixturePage('vimeo/page.html'));
    return { doc: drawPlayers(doc), url: new URL(doc.URL), ref: vimeoRef('76979871') };
  };
  /** The page's JSON-LD VideoObject changed by `edit`, as another video's page would serve it. */
  const editJsonLd = (doc: Document, edit: (video: Record<string, unknown>) => void) => {
    const script = doc.querySelector('script[type="application/ld+json"]')!;
    const graph = JSON.parse(script.textContent!) as Record<string, unknown>[];
    edit(graph[0]!);
    script.textContent = JSON.stringify(graph);
  };

  it('names the talk by its number, with the canonical page as its address', () => {
    const { doc, url } = open();
    expect(vimeo.identify(url, doc)).toEqual({ platform: 'vimeo', videoId: '76979871', talkId: 'vimeo:76979871', url: 'https://vimeo.com/76979871' });
  });

  it('reads the JSON-LD VideoObject: title, speaker, author as channel, duration', () => {
    const { doc, url, ref } = open();
    expect(vimeo.readMeta(ref, url, doc)).toEqual({
      title: 'Set Your Sites on Tracing',
      speakers: [{ name: 'Adrian Cole' }],
      channel: 'CloudNative NZ',
      duration: 90,
    });
    editJsonLd(doc, (video) => void (video.duration = 'PT00H41M07S'));
    expect(vimeo.readMeta(ref, url, doc).duration).toBe(2467);
  });

  it('reads the upload date and the clips as chapters', () => {
    const { doc, url, ref } = open();
    editJsonLd(doc, (video) => void (video.hasPart = [
      { '@type': 'Clip', name: 'Intro', startOffset: 0, endOffset: 95 },
      { '@type': 'Clip', name: 'Why tracing', startOffset: 95 },
      { '@type': 'Clip', name: 'Zipkin demo', startOffset: 'PT10M' },
    ]));
    expect(vimeo.readContext!(ref, url, doc)).toEqual({
      date: '2019-07-15',
      chapters: [
        { at: 0, end: 95, title: 'Intro', speakers: [] },
        { at: 95, title: 'Why tracing', speakers: [] },
        { at: 600, title: 'Zipkin demo', speakers: [] },
      ],
    });
  });

  it('ignores head metadata that names another video (stale after in-page navigation)', () => {
    const { doc } = open();
    const other = vimeoRef('11111111');
    doc.title = 'Another Talk on Vimeo';
    expect(vimeo.readMeta(other, new URL('https://vimeo.com/11111111'), doc)).toEqual({ title: 'Another Talk' });
    expect(vimeo.readContext!(other, new URL('https://vimeo.com/11111111'), doc)).toEqual({});
  });

  it('finds the player video, not the muted teaser loop', () => {
    const { doc } = open();
    const found = vimeo.findVideo(doc);
    expect(found?.closest('.vp-video-wrapper')).not.toBeNull();
    expect(doc.querySelector('.related video')).not.toBeNull();
  });

  it('links with #t=…s', () => {
    expect(vimeo.deepLink(vimeoRef('76979871', '8272103f6e'), 83)).toBe('https://vimeo.com/76979871/8272103f6e#t=83s');
  });

  it('returns hostile JSON-LD as plain capped text', () => {
    const evil = JSON.stringify({
      '@type': 'VideoObject',
      name: `<script>alert(1)</script>Talk\u0000 ${'x'.repeat(100_000)}`,
      url: 'https://vimeo.com/76979871',
      author: { name: '<img src=x onerror=alert(1)>Evil' },
      duration: 'PT1H',
    }).replace(/<\//g, '<\\/'); // as sites must, or the page's own parser ends the script early
    const { doc } = page('https://vimeo.com/76979871', `<script type="application/ld+json">${evil}</script>`);
    const meta = vimeo.readMeta(vimeoRef('76979871'), new URL(doc.URL), doc);
    expect(meta.title!.startsWith('alert(1) Talk xxx')).toBe(true);
    expect(meta.title!.length).toBe(300);
    expect(meta.channel).toBe('Evil');
  });
});

describe('vimeoAdapter on the player.vimeo.com embed', () => {
  it('reads title and author from "Title from Author on Vimeo" and the duration from the video', () => {
    const { doc } = page('https://player.vimeo.com/video/76979871?h=8272103f6e', fixturePage('vimeo/player.html'));
    const url = new URL(doc.URL);
    const ref = vimeo.identify(url, doc)!;
    expect(ref.url).toBe('https://vimeo.com/76979871/8272103f6e');
    stubMedia(vimeo.findVideo(doc)!, { duration: 1800.5 });
    expect(vimeo.readMeta(ref, url, doc)).toEqual({
      title: 'Set Your Sites on Tracing',
      speakers: [{ name: 'Adrian Cole' }],
      channel: 'CloudNative NZ',
      duration: 1800.5,
    });
  });
});
