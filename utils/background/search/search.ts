/** The search over the index's rows: titles first, then notes talk by talk (talks by title, notes by moment). */
import type { TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import { fold, type SearchResult } from '@/utils/model/search';
import { byTitle, hit } from '@/utils/background/search/hits';
import { createMatcher } from '@/utils/background/search/matches';
import type { Row } from '@/utils/background/search/columns';

/**
 * Hits sent and shown per keystroke: more than a screen holds, few enough that the reply and
 * its rendering stay quick; the count of all matches is shown beside them.
 */
export const SEARCH_LIMIT = 50;

/** What the search reads: the index's live talks and each one's rows by moment, and a number that changes with them. */
export interface Searched {
  version: number;
  talks: readonly Talk[];
  notesOf: (talkId: TalkId) => Row[];
}

export function createSearch(source: () => Searched) {
  const matchNotes = createMatcher();
  /** The last search's matching titles: a longer query only looks among them (as the notes do). */
  let lastTitles: { version: number; q: string; titles: Talk[] } | null = null;
  let sorted: { version: number; talks: Talk[]; notes: Row[]; talkOf: Map<TalkId, Talk> } | null = null;

  /**
   * Live talks by title and their notes in result order, as one flat list: made once per
   * change, so a keystroke is a single pass over an array.
   */
  function ordered() {
    const { version, talks, notesOf } = source();
    if (sorted?.version !== version) {
      const byTitleOrder = [...talks].sort(byTitle);
      sorted = { version, talks: byTitleOrder, notes: byTitleOrder.flatMap((t) => notesOf(t.id)), talkOf: new Map(byTitleOrder.map((t) => [t.id, t])) };
    }
    return sorted;
  }

  /** Every live note (and title) holding `query`, case-insensitively. */
  return function search(query: string, limit = SEARCH_LIMIT): SearchResult {
    const q = fold(query.trim());
    if (q === '') return { query, hits: [], total: 0 };
    const { version, talks: byTitleOrder, notes: everyNote, talkOf } = ordered();
    const narrow = lastTitles !== null && lastTitles.version === version && q.includes(lastTitles.q) ? lastTitles.titles : byTitleOrder;
    const titles = narrow.filter((t) => fold(t.title).includes(q));
    lastTitles = { version, q, titles };
    const { positions, count } = matchNotes(everyNote, q);
    const hits = titles.slice(0, limit).map((t) => hit(t, null));
    for (let i = 0; i < count && hits.length < limit; i++) {
      const { note } = everyNote[positions[i]!]!;
      hits.push(hit(talkOf.get(note.talkId)!, note));
    }
    return { query, hits, total: titles.length + count };
  };
}
