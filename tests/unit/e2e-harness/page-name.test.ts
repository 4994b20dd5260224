import { describe, expect, it } from 'vitest';
import { matches } from '../../e2e/harness/cdp-dom';
import { encodeName, NAME_TEST } from '../../e2e/harness/page-name';
import type { Name } from '../../e2e/harness/types';

// The page function runs in the browser; here it is built from the same source in Node.
const pageTest = new Function(`return (${NAME_TEST});`)() as (encoded: string) => (label: string) => boolean;

const LABELS = ['Save', 'save', 'Save ', 'Save note', 'Play from 0:25', '0:25 second Edit Delete', '', 'Edit note at 0:10', 'a.b', 'axb'];

describe('a name matched in the page', () => {
  const names: Name[] = ['Save', 'save', '', 'a.b', /^0:25 second/, /Save/i, /^Edit note at \d:\d\d$/, /a\.b/, /^$/];
  for (const name of names) {
    it(`answers as the driver does for ${String(name)}`, () => {
      const test = pageTest(encodeName(name));
      expect(LABELS.map((label) => test(label))).toEqual(LABELS.map((label) => matches(name, label)));
    });
  }

  it('takes a string whole, never as a pattern or a part', () => {
    const test = pageTest(encodeName('a.b'));
    expect(['a.b', 'axb', 'a.bc', ' a.b'].map((l) => test(l))).toEqual([true, false, false, false]);
  });

  it('keeps a pattern stateless across labels, even with the global flag', () => {
    const test = pageTest(encodeName(/Save/g));
    expect(['Save', 'Save', 'Save'].map((l) => test(l))).toEqual([true, true, true]);
  });

  it('carries the flags', () => {
    expect(pageTest(encodeName(/save/i))('SAVE')).toBe(true);
    expect(pageTest(encodeName(/save/))('SAVE')).toBe(false);
  });
});
