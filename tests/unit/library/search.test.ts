// The search box's model: the page's own search first, the background when the page cannot.
import { describe, expect, it, vi } from 'vitest';
import { createSearch } from '@/utils/library/search';
import type { LibraryDeps } from '@/utils/library/deps';
import type { SearchResult } from '@/utils/model/search';

const found = (query: string, total: number): SearchResult => ({ query, hits: [], total });

function deps(search: LibraryDeps['search']) {
  const api = vi.fn(async (_type: string, payload: unknown) => found((payload as { query: string }).query, 7));
  return { api, model: createSearch({ api, search, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => 'x' } as unknown as LibraryDeps) };
}

describe('createSearch: where a keystroke is searched', () => {
  it('searches in the page, asking the background nothing', async () => {
    const { api, model } = deps(async (q) => found(q, 3));
    await model.setQuery('spec');
    expect(model.result.value).toEqual(found('spec', 3));
    expect(api).not.toHaveBeenCalled();
  });

  it('asks the background when the page cannot search (null) or its search failed', async () => {
    for (const search of [async () => null, async () => Promise.reject(new Error('closed'))]) {
      const { api, model } = deps(search);
      await model.setQuery('spec');
      expect(model.result.value).toEqual(found('spec', 7));
      expect(api).toHaveBeenCalledWith('notes.search', { query: 'spec' });
    }
  });
});
