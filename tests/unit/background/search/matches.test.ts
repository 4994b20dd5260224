import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, type Matchable, type Matches } from '@/utils/background/search/matches';

const entries = (...texts: string[]): Matchable[] => texts.map((lower) => ({ lower }));
const found = (list: readonly Matchable[], m: Matches) => [...m.positions.subarray(0, m.count)].map((i) => list[i]!.lower);

describe('createMatcher: the entries holding a query, in list order', () => {
  it('finds every entry holding the query', () => {
    const list = entries('raft consensus', 'latency', 'raft logs', 'tracing');
    expect(found(list, createMatcher()(list, 'raft'))).toEqual(['raft consensus', 'raft logs']);
  });

  it('looks only among the last matches when the query grows, and afresh when it does not', () => {
    const list = entries('cab', 'cat', 'dog', 'catalogue');
    const match = createMatcher();
    expect(found(list, match(list, 'ca'))).toEqual(['cab', 'cat', 'catalogue']);
    expect(found(list, match(list, 'cat'))).toEqual(['cat', 'catalogue']);
    expect(found(list, match(list, 'do'))).toEqual(['dog']);
  });

  it('scans a new list afresh, even for a longer query (the notes changed)', () => {
    const match = createMatcher();
    match(entries('cat'), 'c');
    const changed = entries('cat', 'cactus');
    expect(found(changed, match(changed, 'ca'))).toEqual(['cat', 'cactus']);
  });

  it('gives what filtering the list gives, for any sequence of queries', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 3 }), { maxLength: 12 }), (texts, queries) => {
        const list = entries(...texts);
        const match = createMatcher();
        for (const q of queries) expect(found(list, match(list, q))).toEqual(texts.filter((t) => t.includes(q)));
      }),
    );
  });
});
