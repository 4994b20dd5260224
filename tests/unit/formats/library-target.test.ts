import { describe, expect, it } from 'vitest';
import { parseTarget, targetHash } from '@/utils/formats/library-target';
import type { TalkId } from '@/utils/model/ids';

describe('where the library opens', () => {
  it.each([
    [{}, ''],
    [{ talkId: 'youtube:dQw4w9WgXcQ' as TalkId }, '#talk=youtube%3AdQw4w9WgXcQ'],
    [{ query: 'Q&A #1' }, '#q=Q%26A%20%231'],
  ])('writes %j as "%s" and reads it back', (target, hash) => {
    expect(targetHash(target)).toBe(hash);
    expect(parseTarget(hash)).toEqual(target);
  });

  it.each(['#talk=evil%3Ax', '#talk=', '#nothing=1', '#q=', '#'])('reads the malformed "%s" as the top of the page', (hash) => {
    expect(parseTarget(hash)).toEqual({});
  });
});
