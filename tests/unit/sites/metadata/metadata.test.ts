import { describe, expect, it } from 'vitest';
import { parseIsoDuration, readJsonLd } from '@/utils/sites/metadata/jsonld';
import { findEvent, findVideoObject, metaContents, readOpenGraph } from '@/utils/sites/metadata/metadata';
import { page } from '../page';

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readJsonLd', () => {
  it('flattens lists and @graph, and skips broken blocks', () => {
    const { doc } = page(
      'https://a.example/',
      `<script type="application/ld+json">{ broken</script>${ld([{ '@type': 'WebPage' }, { '@graph': [{ '@type': 'VideoObject', name: 'V' }] }])}`,
    );
    expect(readJsonLd(doc).map((n) => n['@type'] ?? 'graph')).toEqual(['WebPage', 'graph', 'VideoObject']);
  });
});

describe('findVideoObject and findEvent', () => {
  it('reads a VideoObject whose @type is a list, with hasPart clips in order', () => {
    const { doc } = page(
      'https://a.example/v/1',
      ld({
        '@type': ['VideoObject', 'CreativeWork'],
        name: 'Talk',
        author: [{ '@type': 'Person', name: 'Uploader' }],
        duration: 'PT1H2M3S',
        uploadDate: '2024-05-01T10:00:00Z',
        embedUrl: '/embed/1',
        hasPart: [
          { '@type': 'Clip', name: 'Second', startOffset: 'PT5M', endOffset: 'PT6M' },
          { '@type': 'Clip', name: 'First', startOffset: 0 },
          { '@type': 'Clip', name: 'No start' },
        ],
      }),
    );
    expect(findVideoObject(doc)).toEqual({
      title: 'Talk',
      author: 'Uploader',
      duration: 3723,
      uploadDate: '2024-05-01',
      embedUrl: 'https://a.example/embed/1',
      clips: [
        { title: 'First', at: 0 },
        { title: 'Second', at: 300, end: 360 },
      ],
    });
  });

  it('reads a conference Event with its talks (subEvent) one level deep', () => {
    const { doc } = page(
      'https://conf.example/',
      ld({
        '@type': 'Event',
        name: 'RustConf 2024',
        startDate: '2024-09-10',
        subEvent: [
          { '@type': 'Event', name: 'Talk A', performer: { '@type': 'Person', name: 'Ada Lovelace' }, recordedIn: { '@type': 'VideoObject', embedUrl: 'https://www.youtube.com/embed/aaaaaaaaaa1' } },
          { '@type': 'Event', name: 'Talk B', performer: [{ name: 'Grace Hopper' }] },
        ],
      }),
    );
    const event = findEvent(doc)!;
    expect(event.title).toBe('RustConf 2024');
    expect(event.date).toBe('2024-09-10');
    expect(event.talks.map((t) => [t.title, t.speakers.map((s) => s.name), t.recording?.embedUrl])).toEqual([
      ['Talk A', ['Ada Lovelace'], 'https://www.youtube.com/embed/aaaaaaaaaa1'],
      ['Talk B', ['Grace Hopper'], undefined],
    ]);
  });

  it('finds the VideoObject an Event was recordedIn', () => {
    const { doc } = page('https://a.example/', ld({ '@type': 'Event', name: 'T', recordedIn: { '@type': 'VideoObject', name: 'Rec' } }));
    expect(findVideoObject(doc)?.title).toBe('Rec');
  });

  it('gives nothing on a page without structured data', () => {
    const { doc } = page('https://a.example/', '<p>x</p>');
    expect([findVideoObject(doc), findEvent(doc)]).toEqual([null, null]);
  });
});

describe('parseIsoDuration', () => {
  it.each([
    ['PT41M7S', 2467],
    ['PT00H41M07S', 2467],
    ['PT1H', 3600],
    ['PT1.5S', 1.5],
    ['P1DT1S', 86401],
    ['90', 90],
    [90, 90],
    ['PT', null],
    ['P', null],
    ['41:07', null],
    [-1, null],
    [null, null],
  ])('reads %j as %j', (value, seconds) => {
    expect(parseIsoDuration(value)).toBe(seconds);
  });
});

describe('readOpenGraph and metaContents', () => {
  it('reads og:* as text and refuses unsafe addresses', () => {
    const { doc } = page(
      'https://a.example/x',
      `<meta property="og:title" content="&lt;b&gt;Bold&lt;/b&gt; talk"><meta property="og:url" content="javascript:alert(1)">
       <meta property="og:site_name" content="Site"><meta property="og:video" content="/v.mp4"><meta property="og:platform" content="PeerTube">`,
    );
    expect(readOpenGraph(doc)).toEqual({ title: 'Bold talk', siteName: 'Site', platform: 'PeerTube', video: 'https://a.example/v.mp4' });
  });

  it('lists every tag of a name in page order', () => {
    const { doc } = page('https://a.example/', '<meta property="author" content="A"><meta name="author" content="B"><meta property="author" content="">');
    expect(metaContents(doc, 'author')).toEqual(['A', 'B']);
  });
});
