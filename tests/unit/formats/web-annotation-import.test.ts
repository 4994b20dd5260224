import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError } from '@/utils/formats/backup';
import { webAnnotationsOf } from '@/utils/formats/web-annotation';
import { MAX_ANNOTATIONS, parseWebAnnotations } from '@/utils/formats/web-annotation-import';
import { mergeDatasets } from '@/utils/store/merge';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { NOTE_KINDS, type Note } from '@/utils/model/types';
import { aTalk, NOTE_1, NOTE_2, TALK_2 } from '../model/records';
import { KIND_NOTES } from './annotation-fixtures';

const NOW = 1_800_000_000_000;
const TALKS = [aTalk(), aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871' })];
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const YT = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

const read = (text: string) => parseWebAnnotations(text, { talks: TALKS, now: NOW }).notes;

function errorOf(doc: unknown, opts: { maxBytes?: number } = {}): { message: string; path?: string } {
  try {
    parseWebAnnotations(typeof doc === 'string' ? doc : JSON.stringify(doc), { talks: TALKS, now: NOW, ...opts });
  } catch (e) {
    if (e instanceof BackupError) return e.path === undefined ? { message: e.message } : { message: e.message, path: e.path };
    throw e;
  }
  throw new Error('expected a BackupError');
}

/** One annotation as another tool might write it; override any field. */
function anno(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'https://hypothes.is/a/abc123',
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'A comment', format: 'text/plain' },
    target: { source: YT, selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: 't=754' } },
    ...over,
  };
}
const single = (over: Record<string, unknown> = {}) => ({ '@context': CONTEXT, ...anno(over) });
const collection = (items: unknown[], over: Record<string, unknown> = {}) => ({
  '@context': CONTEXT,
  id: 'https://example.org/c',
  type: 'AnnotationCollection',
  first: { id: 'https://example.org/p1', type: 'AnnotationPage', items },
  ...over,
});

describe('parseWebAnnotations: round trip', () => {
  it('reads an export back into the same notes: id, talk, moment, kind, text and times', () => {
    const live = KIND_NOTES.filter((n) => n.deletedAt === undefined);
    const notes = read(webAnnotationsOf(aTalk(), KIND_NOTES, 'en'));
    expect(notes).toEqual([live[1], live[2], live[3], live[0]]);
    expect(parseWebAnnotations(webAnnotationsOf(aTalk(), KIND_NOTES, 'en'), { talks: TALKS, now: NOW })).toEqual({
      talks: [],
      notes,
      conferences: [],
      marks: [],
    });
  });

  it('merges into the library it came from as nothing new, and brings an edit made elsewhere', () => {
    const local = { talks: [aTalk()], notes: KIND_NOTES, conferences: [], marks: [] };
    const again = parseWebAnnotations(webAnnotationsOf(aTalk(), KIND_NOTES, 'en'), { talks: local.talks, now: NOW });
    expect(mergeDatasets(local, again).changed).toEqual({ talks: [], notes: [], conferences: [], marks: [] });
    const edited = KIND_NOTES.map((n) => (n.id === NOTE_2 ? { ...n, text: 'Edited elsewhere', updatedAt: n.updatedAt + 1 } : n));
    const incoming = parseWebAnnotations(webAnnotationsOf(aTalk(), edited, 'en'), { talks: local.talks, now: NOW });
    expect(mergeDatasets(local, incoming).changed.notes).toEqual([edited.find((n) => n.id === NOTE_2)]);
  });

  it('gives back any live notes of a talk exactly', () => {
    const clean = (t: string) => t.replace(/\r\n?/g, '\n').replace(/(?![\t\n])\p{Cc}/gu, '');
    const noteOf = fc.record({
      id: fc.uuid().map((u) => u as NoteId),
      at: fc.double({ min: 0, max: 604_800, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
      kind: fc.constantFrom(...NOTE_KINDS),
      text: fc.string({ unit: 'binary', maxLength: 80 }).map(clean),
      // Up to the year 9999: later years are not xsd:dateTime as JavaScript writes them.
      createdAt: fc.integer({ min: 1, max: 253_402_300_799_999 }),
      updatedAt: fc.integer({ min: 1, max: 253_402_300_799_999 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(noteOf, { selector: (n) => n.id, maxLength: 8 }), fc.constantFrom(...TALKS), (drawn, talk) => {
        const notes: Note[] = drawn.map((n) => ({ ...n, talkId: talk.id }));
        const back = read(webAnnotationsOf(talk, notes, 'en'));
        expect([...back].sort(byId)).toEqual([...notes].sort(byId));
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('parseWebAnnotations: other tools’ files', () => {
  it('reads one annotation: an IRI id becomes a stable note id, plain text, times, the kind from the motivation', () => {
    const doc = single({ motivation: ['bookmarking', 'questioning'], created: '2024-05-01T12:00:00Z', modified: '2024-05-01T14:00:00.5+02:00' });
    expect(read(JSON.stringify(doc))).toEqual([
      {
        id: '0846369b-339c-562a-aef1-38753472945a',
        talkId: 'youtube:dQw4w9WgXcQ',
        at: 754,
        kind: 'question',
        text: 'A comment',
        createdAt: Date.UTC(2024, 4, 1, 12),
        updatedAt: Date.UTC(2024, 4, 1, 12, 0, 0, 500),
      },
    ]);
  });

  it('reads a list of annotations, a page, time forms and targets given as an address with #t=', () => {
    const list = [
      single({ id: 'urn:uuid:0B7E7C1E-5A1F-4A84-9D5E-1F0C6A3B2C01', bodyValue: 'plain', body: undefined, target: 'https://vimeo.com/76979871#t=npt:1:02:03.5' }),
      single({ id: 'urn:x:2', target: { id: `${YT}#t=,90` }, body: { type: 'TextualBody', value: 'x', purpose: 'assessing' } }),
      single({ id: 'urn:x:3', target: [{ source: YT, selector: [{ type: 'TextQuoteSelector', exact: 'x' }, { type: 'FragmentSelector', value: 'xywh=1,2,3,4&t=02:03,04:00' }] }] }),
    ];
    const notes = read(JSON.stringify(list));
    expect(notes.map((n) => [n.id, n.talkId, n.at, n.kind, n.text, n.createdAt, n.updatedAt])).toEqual([
      [NOTE_1, TALK_2, 3723.5, 'note', 'plain', NOW, NOW],
      ['07f0b46c-0edb-5584-96f3-1b9c51ece1c3', 'youtube:dQw4w9WgXcQ', 0, 'thought', 'x', NOW, NOW],
      [notes[2]!.id, 'youtube:dQw4w9WgXcQ', 123, 'note', 'A comment', NOW, NOW],
    ]);
    const page = { '@context': [CONTEXT, 'http://www.w3.org/ns/ldp.jsonld'], id: 'https://example.org/p', type: 'AnnotationPage', items: [anno()] };
    expect(read(JSON.stringify(page)).map((n) => n.at)).toEqual([754]);
  });

  it('joins several text bodies, and takes the kind from the first body when the motivation names none', () => {
    const doc = collection([anno({ body: [{ type: 'TextualBody', value: 'Quote me', purpose: 'highlighting' }, { value: 'tag', purpose: 'tagging' }] })], { total: 1 });
    expect(read(JSON.stringify(doc)).map((n) => [n.kind, n.text])).toEqual([['quote', 'Quote me\n\ntag']]);
  });

  it('finds the talk by its page address too, unless two talks share it', () => {
    const part = aTalk({ id: 'youtube:dQw4w9WgXcQ#t=120' as TalkId, videoId: 'dQw4w9WgXcQ#t=120' });
    const talks = [part, aTalk({ id: 'web:x' as TalkId, platform: 'web', videoId: 'x', url: 'https://conf.example/talk' })];
    const at = (source: string) => parseWebAnnotations(JSON.stringify(single({ target: `${source}#t=1` })), { talks, now: NOW }).notes[0]!.talkId;
    expect(at('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=120s')).toBe(part.id);
    expect(at(YT)).toBe(part.id);
    expect(at('https://conf.example/talk')).toBe('web:x');
  });

  it('does not file notes under a deleted talk', () => {
    const talks = [aTalk({ deletedAt: 1_700_000_000_001 })];
    expect(() => parseWebAnnotations(JSON.stringify(single()), { talks, now: NOW })).toThrow(
      `This file has notes on ${YT}, which is not a talk in your library: open that recording once, then import the file again.`,
    );
  });
});

describe('parseWebAnnotations: refused files', () => {
  const damaged = (path: string, reason: string) => ({ message: `This annotation file is damaged: ${path}: ${reason}.`, path });

  it('refuses what is not a Web Annotation file', () => {
    expect(errorOf('{"@context": ')).toEqual({ message: 'This file is not a Web Annotation file: it is not valid JSON.' });
    expect(errorOf({ format: 'talk-notes-backup' })).toEqual({
      message: 'This file is not a Web Annotation file: it does not name the Web Annotation context (http://www.w3.org/ns/anno.jsonld).',
      path: '@context',
    });
    expect(errorOf([single(), anno()])).toEqual({
      message: 'This file is not a Web Annotation file: it does not name the Web Annotation context (http://www.w3.org/ns/anno.jsonld).',
      path: '[1].@context',
    });
    expect(errorOf({ '@context': CONTEXT, type: 'Person' })).toEqual({
      message: 'This file is not a Web Annotation file: it holds no Annotation, AnnotationPage or AnnotationCollection.',
      path: 'type',
    });
    expect(errorOf('x'.repeat(101), { maxBytes: 100 })).toEqual({ message: 'This file is too large to import (the limit is 0 MB).' });
  });

  it('refuses collections whose annotations are not all in the file', () => {
    expect(errorOf(collection([], { first: 'https://example.org/p1' }))).toEqual({
      message: 'This collection keeps its annotations on pages elsewhere ("https://example.org/p1"); only annotations inside the file can be imported.',
      path: 'first',
    });
    expect(errorOf(collection([anno()], { first: { type: 'AnnotationPage', items: [anno()], next: 'https://example.org/p2' } }))).toEqual({
      message: 'This file holds only the first page of its annotations; the rest ("https://example.org/p2") are not in it.',
      path: 'next',
    });
    expect(errorOf(collection([anno()], { total: 2 }))).toEqual({ message: 'This collection says it holds 2 annotations, but the file has 1.', path: 'total' });
    expect(errorOf(collection([], { first: { type: 'AnnotationPage', items: {} } }))).toEqual(damaged('first.items', 'expected a list, got an object'));
  });

  it('names the first bad field of an annotation', () => {
    const one = (over: Record<string, unknown>) => errorOf(collection([anno(), anno({ id: 'urn:x:2', ...over })]));
    expect(one({ type: 'Note' })).toEqual(damaged('first.items[1].type', 'expected "Annotation", got "Note"'));
    expect(one({ id: 'not an iri' })).toEqual(damaged('first.items[1].id', 'expected an IRI (like urn:uuid:… or https://…)'));
    expect(one({ id: 'urn:uuid:1234' })).toEqual(damaged('first.items[1].id', 'expected a UUID'));
    expect(one({ body: undefined })).toEqual(damaged('first.items[1].body', 'expected a text body with the note'));
    expect(one({ body: 'https://example.net/comment1' })).toEqual(
      damaged('first.items[1].body', 'expected a text body (TextualBody), got a link to another resource'),
    );
    expect(one({ body: { type: 'TextualBody', value: '<p>x</p>', format: 'text/html' } })).toEqual(
      damaged('first.items[1].body.format', 'expected text/plain or text/markdown, got "text/html"'),
    );
    expect(one({ body: { type: 'Image', value: 'x' } })).toEqual(damaged('first.items[1].body.type', 'expected "TextualBody", got "Image"'));
    expect(one({ body: { value: 'x'.repeat(20_001) } })).toEqual(damaged('first.items[1].body.value', 'expected at most 20000 characters, got 20001'));
    expect(one({ motivation: 7 })).toEqual(damaged('first.items[1].motivation', 'expected text, got 7'));
    expect(one({ created: '2024-05-01' })).toEqual(damaged('first.items[1].created', 'expected a date and time like 2024-05-01T12:00:00Z, got "2024-05-01"'));
    expect(one({ modified: '1969-12-31T23:59:59Z' })).toEqual(damaged('first.items[1].modified', 'expected a time in epoch milliseconds ≥ 1'));
  });

  it('names what is wrong with a target', () => {
    const one = (target: unknown) => errorOf(single({ target }));
    const selector = (value: unknown, more: Record<string, unknown> = {}) => ({ source: YT, selector: { type: 'FragmentSelector', value, ...more } });
    expect(one(undefined)).toEqual(damaged('target', 'expected an object, got nothing'));
    expect(one([YT, YT])).toEqual(damaged('target', 'expected one target (a note is at one moment of one recording), got 2'));
    expect(one(YT)).toEqual(damaged('target', 'expected a moment: a FragmentSelector, or an address ending in #t=…'));
    expect(one('javascript:alert(1)#t=1')).toEqual(damaged('target', 'expected a web address (http or https)'));
    expect(one({ source: YT, selector: { type: 'TextQuoteSelector', exact: 'x' } })).toEqual(
      damaged('target.selector', 'expected a FragmentSelector with a time (t=…)'),
    );
    expect(one(selector('t=10', { conformsTo: 'http://tools.ietf.org/rfc/rfc3778' }))).toEqual(
      damaged('target.selector.conformsTo', 'expected "http://www.w3.org/TR/media-frags/", got "http://tools.ietf.org/rfc/rfc3778"'),
    );
    expect(one(selector('t=smpte:0:02:00'))).toEqual(damaged('target.selector.value', 'expected a Media Fragments time like t=754, got "t=smpte:0:02:00"'));
    expect(one(selector('t=1e3'))).toEqual(damaged('target.selector.value', 'expected a Media Fragments time like t=754, got "t=1e3"'));
    expect(one(selector('t=700000'))).toEqual(damaged('target.selector.value', 'expected a number of seconds ≤ 604800'));
    expect(one(`https://www.youtube.com/watch?v=other#t=1`)).toEqual({
      message:
        'This file has notes on https://www.youtube.com/watch?v=other, which is not a talk in your library: open that recording once, then import the file again.',
      path: 'target',
    });
  });

  it('refuses two annotations with one id, and more annotations than it imports at once', () => {
    const same = `urn:uuid:${NOTE_2}`;
    expect(errorOf(collection([anno({ id: same }), anno(), anno({ id: same.toUpperCase() })]))).toEqual({
      message: 'This annotation file is damaged: first.items[0] and first.items[2] have the same id.',
      path: 'first.items[2].id',
    });
    const many = { '@context': CONTEXT, type: 'AnnotationPage', items: Array.from({ length: MAX_ANNOTATIONS + 1 }, () => 0) };
    expect(errorOf(many)).toEqual({ message: `This file holds ${MAX_ANNOTATIONS + 1} annotations; at most ${MAX_ANNOTATIONS} can be imported at once.` });
  });

  it('reads only own fields: prototype keys neither crash it nor reach the notes', () => {
    const text = `{"@context":"${CONTEXT}","__proto__":{"type":"Annotation"},"type":"AnnotationPage","items":[{"__proto__":{"id":"urn:x:1"},"constructor":{"prototype":{"x":1}},"type":"Annotation","id":"urn:x:9","bodyValue":"t","target":"${YT}#t=1"}]}`;
    const notes = read(text);
    expect(notes).toEqual([{ id: notes[0]!.id, talkId: 'youtube:dQw4w9WgXcQ', at: 1, kind: 'note', text: 't', createdAt: NOW, updatedAt: NOW }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

function byId(a: Note, b: Note): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
