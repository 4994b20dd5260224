import { describe, expect, it } from 'vitest';
import { collectionId, timeFragment, webAnnotationsOf } from '@/utils/formats/web-annotation';
import { aNote, aTalk, NOTE_1, NOTE_2 } from '../model/records';
import { KIND_NOTES, NOTE_3, NOTE_4 } from './annotation-fixtures';
import { schemaErrors } from './annotation-schemas';

const target = (value: string) => ({
  type: 'SpecificResource',
  source: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value },
});

/** One expected annotation, created and modified at the records' default time unless given. */
function item(id: string, motivation: string, purpose: string, value: string, time: string, created = '2023-11-14T22:13:20.000Z', modified = created) {
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    motivation,
    created,
    modified,
    body: { type: 'TextualBody', purpose, value, format: 'text/markdown', language: 'en' },
    target: target(time),
  };
}

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
          item(NOTE_1, 'commenting', 'commenting', 'Diversity is key to innovation.', 't=42'),
          item(NOTE_2, 'highlighting', 'describing', 'Conference speakers are **professional** enthusiasts', 't=195.25'),
          item(NOTE_3, 'questioning', 'questioning', 'Is the modern equivalent cloud services?', 't=723'),
          item(NOTE_4, 'assessing', 'assessing', 'Read the overview.', 't=1265', '2023-11-14T22:13:24.000Z', '2023-11-14T22:13:29.500Z'),
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
