import { describe, expect, it } from 'vitest';
import { createGenericAdapter, fragmentStart, stableKey, webRef } from '@/utils/sites/generic/adapter';
import type { VideoLook } from '@/utils/sites/player/main-video';
import { page, snippet, stubMedia } from '../page';

const measure = (v: HTMLVideoElement): VideoLook => ({ width: Number(v.dataset['w'] ?? 0), height: Number(v.dataset['h'] ?? 0), visible: true });
const generic = createGenericAdapter(measure);

describe('stableKey', () => {
  it.each([
    ['https://summit.example.org/talks/tracing', 'https://summit.example.org/talks/tracing'],
    ['https://summit.example.org/talks/tracing#t=30', 'https://summit.example.org/talks/tracing'],
    ['https://Summit.Example.org/talks/tracing?utm_source=x&utm_medium=y&fbclid=z', 'https://summit.example.org/talks/tracing'],
    ['https://summit.example.org/watch?talk=7&day=2', 'https://summit.example.org/watch?day=2&talk=7'],
    ['https://summit.example.org/watch?day=2&gclid=abc&talk=7', 'https://summit.example.org/watch?day=2&talk=7'],
    ['https://cdn.example.org/tracing.mp4', 'https://cdn.example.org/tracing.mp4'],
    ['about:blank', null],
    ['blob:https://summit.example.org/1234', null],
    ['javascript:alert(1)', null],
    [`https://summit.example.org/${'x'.repeat(3000)}`, null],
  ])('keys %s as %s', (url, key) => {
    expect(stableKey(url)).toBe(key);
  });
});

describe('genericAdapter on a conference talk page', () => {
  const URL_ = 'https://summit.example.org/talks/tracing?utm_campaign=mail#recording';
  const open = () => {
    const { doc } = page(URL_, snippet('conference-talk.html'));
    return { doc, url: new URL(doc.URL) };
  };
  const KEY = 'https://summit.example.org/talks/tracing';

  it('picks the talk video, not the sponsor loop or the preview', () => {
    const { doc } = open();
    expect(generic.findVideo(doc)?.id).toBe('talk');
  });

  it('names the talk by the page address without tracking and hash', () => {
    const { doc, url } = open();
    expect(generic.matches(url, doc)).toBe(true);
    expect(generic.identify(url, doc)).toEqual({ platform: 'web', videoId: KEY, talkId: `web:${KEY}`, url: KEY });
  });

  it('falls back to the media address where the page has none of its own', () => {
    const { doc } = open();
    expect(generic.identify(new URL('about:srcdoc'), doc)?.talkId).toBe('web:https://cdn.summit.example.org/tracing.mp4');
  });

  it('reads the Event: title, performers as speakers (people only), the recording\'s author and duration', () => {
    const { doc, url } = open();
    expect(generic.readMeta(webRef(KEY), url, doc)).toEqual({
      title: 'Set Your Sites on Tracing',
      speakers: [{ name: 'Adrian Cole', role: 'Engineer', org: 'Pivotal', handles: ['@adrianfcole'] }],
      channel: 'CloudNative NZ',
      duration: 2467,
    });
  });

  it('prefers the playing element\'s own duration', () => {
    const { doc, url } = open();
    stubMedia(generic.findVideo(doc)!, { duration: 2470.2 });
    expect(generic.readMeta(webRef(KEY), url, doc).duration).toBe(2470.2);
  });

  it('reads conference, date and clips from superEvent, startDate and hasPart', () => {
    const { doc, url } = open();
    expect(generic.readContext!(webRef(KEY), url, doc)).toEqual({
      conference: { name: 'CloudNative Summit Wellington 2019', url: 'https://summit.example.org/' },
      date: '2019-08-14',
      chapters: [
        { at: 0, title: 'Why tracing', speakers: [] },
        { at: 300, title: 'Zipkin', speakers: [] },
      ],
    });
  });
});

describe('genericAdapter on other pages', () => {
  it('guesses speakers from the title when the page has no structured data', () => {
    const { doc } = page('https://blog.example.org/post', '<title>Fast Builds – Jane Doe</title><video data-w="640" data-h="360"></video>');
    expect(generic.readMeta(webRef('k'), new URL(doc.URL), doc)).toEqual({ title: 'Fast Builds', speakers: [{ name: 'Jane Doe' }] });
  });

  it('takes a conference Event that lists talks as the conference, not the talk', () => {
    const ld = JSON.stringify({ '@type': 'Event', name: 'RustConf 2024', url: 'https://rustconf.example/', subEvent: [{ '@type': 'Event', name: 'Talk A' }] });
    const { doc } = page('https://rustconf.example/live', `<title>Live stream</title><script type="application/ld+json">${ld}</script><video data-w="640" data-h="360"></video>`);
    const url = new URL(doc.URL);
    expect(generic.readMeta(webRef('k'), url, doc).title).toBe('Live stream');
    expect(generic.readContext!(webRef('k'), url, doc)).toEqual({ conference: { name: 'RustConf 2024', url: 'https://rustconf.example/' } });
  });

  it('does not match a page whose only video is a decoy', () => {
    const { doc } = page('https://shop.example.org/', '<video muted loop data-w="1920" data-h="800"></video>');
    expect(generic.matches(new URL(doc.URL), doc)).toBe(false);
    expect(generic.identify(new URL(doc.URL), doc)).toBeNull();
  });

  it('links with the media fragment #t=', () => {
    expect(generic.deepLink(webRef('https://summit.example.org/talks/tracing'), 90)).toBe('https://summit.example.org/talks/tracing#t=90');
  });

  it('returns hostile metadata as plain capped text', () => {
    const ld = JSON.stringify({
      '@type': 'Event',
      name: `<img src=x onerror=alert(1)>Talk ${'x'.repeat(100_000)}`,
      performer: { '@type': 'Person', name: '<a href="javascript:alert(1)">Mallory</a>\u0007', sameAs: 'javascript:alert(1)' },
      superEvent: { name: 'Conf', url: 'javascript:alert(1)' },
    });
    const { doc } = page('https://evil.example/', `<script type="application/ld+json">${ld}</script><video data-w="640" data-h="360"></video>`);
    const url = new URL(doc.URL);
    const meta = generic.readMeta(webRef('k'), url, doc);
    expect(meta.title!.startsWith('Talk xxx')).toBe(true);
    expect(meta.title!.length).toBe(300);
    expect(meta.speakers).toEqual([{ name: 'Mallory' }]);
    expect(generic.readContext!(webRef('k'), url, doc).conference).toEqual({ name: 'Conf' });
  });
});

describe('fragmentStart', () => {
  it.each([
    ['https://a.example/talk#t=90', 90],
    ['https://a.example/talk#t=npt:12.5', 12.5],
    ['https://a.example/talk#t=1:02:03', 3723],
    ['https://a.example/talk#x=1&t=61,70', 61],
    ['https://a.example/talk#t=', null],
    ['https://a.example/talk?t=90', null],
    ['https://a.example/talk#t=abc', null],
  ])('%s → %s', (url, expected) => {
    expect(fragmentStart(new URL(url))).toBe(expected);
  });
});
