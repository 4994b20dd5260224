/**
 * The matching pass of the library search: which entries of a flat list hold a folded query.
 * Typing adds letters: when the new query holds the last one and the list is the same, only
 * the last matches can match again. Matches are kept as positions in two buffers used in turn,
 * so a keystroke allocates no list of tens of thousands of entries (the worker's garbage
 * collector would then pause the reply to the next keystroke).
 */

/** What a list entry is matched on: its text, folded (model/search.ts `fold`). */
export interface Matchable {
  lower: string;
}

export interface Matches {
  /** Positions in the list, in list order; only the first `count` are set. */
  positions: Uint32Array;
  count: number;
}

export function createMatcher() {
  let last: { list: readonly Matchable[]; q: string; count: number } | null = null;
  let buffers: [Uint32Array, Uint32Array] = [new Uint32Array(0), new Uint32Array(0)];

  /** The entries of `list` holding `q` (folded, not empty). Valid until the next call. */
  return function match(list: readonly Matchable[], q: string): Matches {
    const narrow = last !== null && last.list === list && q.includes(last.q) ? last : null;
    if (buffers[0].length < list.length) buffers = [new Uint32Array(list.length), new Uint32Array(list.length)];
    const [from, to] = buffers;
    let count = 0;
    if (narrow) {
      for (let i = 0; i < narrow.count; i++) if (list[from[i]!]!.lower.includes(q)) to[count++] = from[i]!;
    } else {
      for (let i = 0; i < list.length; i++) if (list[i]!.lower.includes(q)) to[count++] = i;
    }
    buffers = [to, from];
    last = { list, q, count };
    return { positions: to, count };
  };
}
