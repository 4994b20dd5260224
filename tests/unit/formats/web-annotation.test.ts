import { describe, expect, it } from 'vitest';
import type { NoteId } from '../../../utils/model/ids';
import { collectionId, timeFragment, webAnnotationsOf } from '../../../utils/formats/web-annotation';
import { aNote, aTalk, NOTE_1, NOTE_2 } from '../model/records';
import { schemaErrors } from './annotation-schemas';

const NOTE_3 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c03' as NoteId;
const NOTE_4 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c04' as NoteId;

/** Every kind once, out of order, one of them deleted. */
export const KIND_NOTES = [
  aNote({ id: NOTE_4, at: 1265, kind: 'thought', text: 'Read the overview.', createdAt: 1_700_000_004_000, updatedAt: 1_700_000_009_500 }),
  aNote({ id: NOTE_1, at: 42 }),
  aNote({ id: NOTE_2, at: 195.25, kind: 'quote', text: 'Conference speakers are **professional** enthusiasts' }),
  aNote({ id: NOTE_3, at: 723, kind: 'question', text: 'Is the modern equivalent cloud services?' }),
  aNote({ id: '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c05' as NoteId, at: 1, deletedAt: 1_700_000_000_001 }),
];

const target = (value: string) => ({
  type: 'SpecificResource',
  source: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value },
});

describe('webAnnotationsOf', () => {
  it('writes an AnnotationCollection with every live note as an Annotation on its moment of the recording', () => {
    const text = webAnnotationsOf(aTalk(), KIND_NOTES, 'en');
    expect(JSON.parse(text)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:3b6baabe-095d-50bc-be34-672881363767',
      type: 'AnnotationCollection',
      label: 'When Containers Attack',
      total: 4,
      first: {
        id: 'urn:uuid:c672ae58-c635-55c9-a9df-fa9d109ebdad',
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: `urn:uuid:${NOTE_1}`,
            type: 'Annotation',
            motivation: 'commenting',
            created: '2023-11-14T22:13:20.000Z',
            modified: '2023-11-14T22:13:20.000Z',
            body: { type: 'TextualBody', purpose: 'commenting', value: 'Diversity is key to innovation.', format: 'text/markdown', language: 'en' },
            target: target('t=42'),
          },
          {
            id: `urn:uuid:${NOTE_2}`,
            type: 'Annotation',
            motivation: 'highlighting',
            created: '2023-11-14T22:13:20.000Z',
            modified: '2023-11-14T22:13:20.000Z',
            body: {
              type: 'TextualBody',
              purpose: 'describing',
              value: 'Conference speakers are **professional** enthusiasts',
              format: 'text/markdown',
              language: 'en',
            },
            target: target('t=195.25'),
          },
          {
            id: `urn:uuid:${NOTE_3}`,
            type: 'Annotation',
            motivation: 'questioning',
            created: '2023-11-14T22:13:20.000Z',
            modified: '2023-11-14T22:13:20.000Z',
            body: { type: 'TextualBody', purpose: 'questioning', value: 'Is the modern equivalent cloud services?', format: 'text/markdown', language: 'en' },
            target: target('t=723'),
          },
          {
            id: `urn:uuid:${NOTE_4}`,
            type: 'Annotation',
            motivation: 'assessing',
            created: '2023-11-14T22:13:24.000Z',
            modified: '2023-11-14T22:13:29.500Z',
            body: { type: 'TextualBody', purpose: 'assessing', value: 'Read the overview.', format: 'text/markdown', language: 'en' },
            target: target('t=1265'),
          },
        ],
      },
    });
  });

  it('writes the bytes in a fixed order, 2-space indented, ending in a line break', () => {
    const text = webAnnotationsOf(aTalk({ title: '' }), [aNote()], 'da');
    expect(text).toBe(
      [
        '{',
        '  "@context": "http://www.w3.org/ns/anno.jsonld",',
        '  "id": "urn:uuid:3b6baabe-095d-50bc-be34-672881363767",',
        '  "type": "AnnotationCollection",',
        '  "label": "Talk uden titel",',
        '  "total": 1,',
        '  "first": {',
        '    "id": "urn:uuid:c672ae58-c635-55c9-a9df-fa9d109ebdad",',
        '    "type": "AnnotationPage",',
        '    "startIndex": 0,',
        '    "items": [',
        '      {',
        `        "id": "urn:uuid:${NOTE_1}",`,
        '        "type": "Annotation",',
        '        "motivation": "commenting",',
        '        "created": "2023-11-14T22:13:20.000Z",',
        '        "modified": "2023-11-14T22:13:20.000Z",',
        '        "body": {',
        '          "type": "TextualBody",',
        '          "purpose": "commenting",',
        '          "value": "Diversity is key to innovation.",',
        '          "format": "text/markdown",',
        '          "language": "da"',
        '        },',
        '        "target": {',
        '          "type": "SpecificResource",',
        '          "source": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",',
        '          "selector": {',
        '            "type": "FragmentSelector",',
        '            "conformsTo": "http://www.w3.org/TR/media-frags/",',
        '            "value": "t=42"',
        '          }',
        '        }',
        '      }',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(webAnnotationsOf(aTalk(), [...KIND_NOTES].reverse(), 'en')).toBe(webAnnotationsOf(aTalk(), KIND_NOTES, 'en'));
  });

  it('passes the W3C model’s schemas: collection, page, annotations, bodies, selectors', () => {
    const doc = JSON.parse(webAnnotationsOf(aTalk(), KIND_NOTES, 'en')) as { first: { items: unknown[] } };
    expect(schemaErrors('annotation-collection', doc)).toEqual([]);
    for (const item of doc.first.items) expect(schemaErrors('annotation', item)).toEqual([]);
    const empty = JSON.parse(webAnnotationsOf(aTalk(), [], 'en')) as unknown;
    expect(schemaErrors('annotation-collection', empty)).toEqual([]);
  });

  it('keeps hostile text as data: JSON escapes it and the schemas still hold', () => {
    const hostile = '</script><b>"x"</b>\\ \u2028 \u0000 --> {"@context": null}\n\n# heading';
    const doc = JSON.parse(webAnnotationsOf(aTalk({ title: 'T\u2029"' }), [aNote({ text: hostile })], 'en')) as {
      label: string;
      first: { items: { body: { value: string } }[] };
    };
    expect(doc.first.items[0]!.body.value).toBe(hostile);
    expect(doc.label).toBe('T\u2029"');
    expect(schemaErrors('annotation-collection', doc)).toEqual([]);
  });

  it('is caught by the schemas when it breaks the model', () => {
    const doc = JSON.parse(webAnnotationsOf(aTalk(), [aNote()], 'en')) as Record<string, unknown> & { first: { items: Record<string, unknown>[] } };
    const item = doc.first.items[0]!;
    expect(schemaErrors('annotation', { ...item, motivation: 'quoting' })).toEqual(['/motivation must be equal to one of the allowed values']);
    expect(schemaErrors('annotation', { ...item, target: target('t=1e-7') })).toEqual([
      '/target/selector/value must match pattern "^t=(npt:)?[0-9]+(\\.[0-9]+)?(,[0-9]+(\\.[0-9]+)?)?$"',
      '/target/selector must match "then" schema',
    ]);
    expect(schemaErrors('annotation', { ...item, created: '2023-11-14T22:13:20' })).toEqual(['/created must match pattern "Z$"', '/created must match format "date-time"']);
    expect(schemaErrors('annotation-collection', { ...doc, '@context': 'http://www.w3.org/ns/ldp.jsonld' })).toEqual([
      '/@context must be equal to constant',
      '/@context must be array',
      '/@context must match a schema in anyOf',
    ]);
  });

  it('names a talk’s collection the same on every export, and another talk’s otherwise', () => {
    expect(collectionId(aTalk())).toBe('urn:uuid:3b6baabe-095d-50bc-be34-672881363767');
    expect(collectionId(aTalk({ id: 'vimeo:76979871' as never }))).not.toBe(collectionId(aTalk()));
  });
});

describe('timeFragment', () => {
  it('writes seconds as decimals, never in exponent form', () => {
    expect(timeFragment(754)).toBe('t=754');
    expect(timeFragment(754.125)).toBe('t=754.125');
    expect(timeFragment(1e-7)).toBe('t=0.0000001');
    expect(timeFragment(1.5e-9)).toBe('t=0.0000000015');
    expect(timeFragment(-3)).toBe('t=0');
    expect(timeFragment(604_800)).toBe('t=604800');
  });
});
