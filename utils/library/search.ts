import { computed, signal } from '@preact/signals';
import type { SearchResult } from '@/utils/model/search';
import { messageOf, type LibraryDeps } from '@/utils/library/deps';

export type SearchModel = ReturnType<typeof createSearch>;

/**
 * The search box: one search per keystroke, made by the page itself where it can, else asked of
 * the background; an answer to an older keystroke is dropped.
 */
export function createSearch(deps: LibraryDeps) {
  const query = signal('');
  const result = signal<SearchResult | null>(null);
  const error = signal<string | null>(null);
  // What the results read instead of the query: they re-render when an answer arrives, not per keystroke.
  const active = computed(() => query.value.trim() !== '');
  let asked = 0;

  async function setQuery(q: string): Promise<void> {
    query.value = q;
    const mine = ++asked;
    if (q.trim() === '') {
      result.value = null;
      error.value = null;
      return;
    }
    try {
      const found = (await deps.search?.(q).catch(() => null)) ?? (await deps.api('notes.search', { query: q }));
      if (mine !== asked) return;
      result.value = found;
      error.value = null;
    } catch (e) {
      if (mine === asked) error.value = `Search failed: ${messageOf(e)}`;
    }
  }

  return {
    query,
    active,
    result,
    error,
    setQuery,
    /** Asks again (notes changed). */
    rerun: () => (query.value.trim() === '' ? Promise.resolve() : setQuery(query.value)),
  };
}
