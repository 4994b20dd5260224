// JSON-LD in the shapes real sites publish, each read into one model. The snippets are our own,
// modelled on schema.org's examples and on what CMSs (WordPress with Yoast, event plugins) write.
import { describe, expect, it } from 'vitest';
import { everyNode, hasType, readJsonLd } from '@/utils/sites/metadata/jsonld';
import { findEvent, findVideoObject } from '@/utils/sites/metadata/metadata';
import { page } from '../page';

const script = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

/** What the model holds, in one line per fact: the recording, its clips, the event, its speakers, its conference, its talks. */
function model(html: string) {
  const { doc } = page('https://conf.example/talks/1', html);
  const video = findVideoObject(doc);
  const event = findEvent(doc);
  return {
    video: video ? [video.title, video.duration ?? null] : null,
    clips: video?.clips.map((c) => [c.at, c.end ?? null, c.title]) ?? [],
    event: event ? [event.title, event.date ?? null] : null,
    speakers: event?.speakers.map((s) => [s.name, s.org ?? null]) ?? [],
    conference: event?.conference?.name ?? null,
    talks: event?.talks.map((t) => [t.title, t.speakers.map((s) => s.name).join(' & ')]) ?? [],
  };
}

const TALK = { '@type': 'Event', name: 'Fast Builds', startDate: '2024-05-02T10:00:00Z', performer: { '@type': 'Person', name: 'Jane Doe', affiliation: { '@type': 'Organization', name: 'Acme' } } };
const VIDEO = { '@type': 'VideoObject', name: 'Fast Builds (recording)', duration: 'PT1M30S' };
type Model = ReturnType<typeof model>;
const EMPTY: Model = { video: null, clips: [], event: null, speakers: [], conference: null, talks: [] };
const BOTH: Model = { ...EMPTY, video: ['Fast Builds (recording)', 90], event: ['Fast Builds', '2024-05-02'], speakers: [['Jane Doe', 'Acme']] };

describe('JSON-LD shapes, one model', () => {
  it.each<[string, string, Partial<Model>]>([
    ['a single node per script tag, several tags', script(VIDEO) + script(TALK), BOTH],
    ['a top-level array', script([VIDEO, TALK]), BOTH],
    ['a @graph (Yoast and most CMSs)', script({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': '#page' }, VIDEO, TALK] }), BOTH],
    [
      '@id references between nodes of one @graph',
      script({ '@graph': [
        { ...TALK, '@id': '#talk', performer: { '@id': '#jane' }, recordedIn: { '@id': '#video' }, superEvent: { '@id': '#conf' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe', affiliation: { '@id': '#acme' } },
        { '@type': 'Organization', '@id': '#acme', name: 'Acme' },
        { ...VIDEO, '@id': '#video', recordedAt: { '@id': '#talk' } },
        { '@type': 'Event', '@id': '#conf', name: 'BuildConf 2024' },
      ] }),
      { ...BOTH, conference: 'BuildConf 2024' },
    ],
    [
      '@id references across script tags, the node repeated in part',
      script({ ...TALK, superEvent: { '@id': 'https://conf.example/#conf' } }) +
        script({ '@type': 'Event', '@id': 'https://conf.example/#conf', name: 'BuildConf 2024' }) +
        script({ '@id': 'https://conf.example/#conf', url: 'https://conf.example/' }),
      { event: ['Fast Builds', '2024-05-02'], speakers: [['Jane Doe', 'Acme']], conference: 'BuildConf 2024' },
    ],
    [
      '@type lists and prefixed types',
      script([{ ...VIDEO, '@type': ['schema:VideoObject', 'CreativeWork'] }, { ...TALK, '@type': ['https://schema.org/EducationEvent'] }]),
      BOTH,
    ],
    [
      'numbers as strings, durations as ISO 8601',
      script({ ...VIDEO, duration: '90', hasPart: [
        { '@type': 'Clip', name: 'Intro', startOffset: '0', endOffset: 'PT30S' },
        { '@type': 'Clip', name: 'Demo', startOffset: 'PT30S', endOffset: '90' },
      ] }),
      { video: ['Fast Builds (recording)', 90], clips: [[0, 30, 'Intro'], [30, 90, 'Demo']] },
    ],
    ['a VideoObject nested in the Event (recordedIn)', script({ ...TALK, recordedIn: VIDEO }), BOTH],
    ['an Event nested in the VideoObject (recordedAt)', script({ ...VIDEO, recordedAt: TALK }), BOTH],
    ['an Event nested in the VideoObject (about)', script({ ...VIDEO, about: TALK }), BOTH],
    [
      'a day listing talks, under its conference: the day is the event, the conference its superEvent',
      script({ '@graph': [
        { '@type': 'Event', '@id': '#conf', name: 'BuildConf 2024', subEvent: [{ '@id': '#day' }] },
        { '@type': 'Event', '@id': '#day', name: 'BuildConf 2024 – Day 1', startDate: '2024-05-02', superEvent: { '@id': '#conf' }, subEvent: [TALK, { '@type': 'Event', name: 'Slow Builds', performer: { name: 'Joe Bloggs' } }] },
      ] }),
      { event: ['BuildConf 2024 – Day 1', '2024-05-02'], conference: 'BuildConf 2024', talks: [['Fast Builds', 'Jane Doe'], ['Slow Builds', 'Joe Bloggs']] },
    ],
  ])('%s', (_name, html, expected) => {
    expect(model(html)).toEqual({ ...EMPTY, ...expected });
  });

  it('reads a recording and its day that name each other (a cycle) without looping', () => {
    const html = script({ '@graph': [
      { ...VIDEO, '@id': '#v', recordedAt: { '@id': '#d' }, hasPart: [{ '@type': 'Clip', name: 'Talk A', startOffset: 10 }] },
      { '@type': 'Event', '@id': '#d', name: 'Day 1', recordedIn: { '@id': '#v' }, subEvent: [{ '@type': 'Event', name: 'Talk A', recordedIn: { '@id': '#v' } }] },
    ] });
    expect(model(html)).toEqual({ ...EMPTY, video: ['Fast Builds (recording)', 90], clips: [[10, null, 'Talk A']], event: ['Day 1', null], talks: [['Talk A', '']] });
  });

  it('takes a live stream’s publication (BroadcastEvent) for no event of the talk', () => {
    const html = script({ ...VIDEO, publication: { '@type': 'BroadcastEvent', isLiveBroadcast: true, startDate: '2024-05-02T09:00:00Z' } });
    expect(model(html)).toEqual({ ...EMPTY, video: ['Fast Builds (recording)', 90] });
  });

  it('reads names that link back to their own node without looping', () => {
    const html = script({ '@graph': [
      { '@type': 'Event', '@id': '#e', name: { '@id': '#e' }, performer: { '@id': '#p' } },
      { '@type': 'Person', '@id': '#p', name: { '@id': '#p', '@value': { '@id': '#p' } } },
      { '@type': 'VideoObject', '@id': '#v', name: 'V', duration: { '@id': '#v' }, recordedAt: { '@id': '#e' } },
    ] });
    expect(model(html)).toEqual({ ...EMPTY, video: ['V', null], event: [undefined, null] });
  });

  it('keeps "__proto__" a plain key: no node gains a prototype from a page', () => {
    const { doc } = page('https://a.example/', '<script type="application/ld+json">[{"@id":"#x","@type":"Event","name":"A"},{"@id":"#x","__proto__":{"polluted":true}}]</script>');
    const nodes = everyNode(readJsonLd(doc));
    expect(nodes.map((n) => (n as { polluted?: boolean }).polluted)).toEqual([undefined]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(nodes.filter((n) => hasType(n, 'Event')).map((n) => n['name'])).toEqual(['A']);
  });
});
