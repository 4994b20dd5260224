import { describe, expect, it } from 'vitest';
import { highlightParts } from '@/utils/library/highlight';

describe('marking search matches', () => {
  it.each([
    ['Containers contain', 'CONTAIN', [['Contain', true], ['ers ', false], ['contain', true]]],
    ['no match here', 'zzz', [['no match here', false]]],
    ['anything', '  ', [['anything', false]]],
    ['İstanbul', 'stan', [['İstanbul', false]]],
  ])('cuts "%s" for "%s"', (text, query, parts) => {
    expect(highlightParts(text, query).map((p) => [p.text, p.hit])).toEqual(parts);
  });
});
