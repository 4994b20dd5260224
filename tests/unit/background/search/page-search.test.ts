// The library page's own search, read from the store beside the background: the same answers as
// the background's, and never stale, whatever the background wrote or stored since.
import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { createPageSearch } from '@/utils/background/search/page-search';
import { openReadOnly } from '@/utils/store/listing';
import { freshDb } from '../../store/fresh-db';
import { loopback, writeNotes } from '../loopback';

const texts = (r: Awaited<ReturnType<ReturnType<typeof createPageSearch>['search']>>) => r?.hits.map((h) => h.text);

describe('createPageSearch: the library page searching the store itself', () => {
  it('answers as the background does, and finds a note written after its first search at once', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization helps');
    const page = createPageSearch(() => openReadOnly(bg.db.name));
    expect(await page.search('spec')).toEqual(await bg.api('notes.search', { query: 'spec' }));

    await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Specs are cheap');
    expect(texts(await page.search('spec'))).toEqual(['Specs are cheap', 'Specialization helps']);
  });

  it('finds writes the background forgot from its log when it stored a newer snapshot', async () => {
    const db = await freshDb();
    const index = createLibraryIndex({ db: async () => db });
    const bg = await loopback(db, index);
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
    await index.refresh(db);
    await index.saveSnapshot();
    const page = createPageSearch(() => openReadOnly(db.name));
    expect(texts(await page.search('key'))).toEqual(['Diversity is key']);

    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Keys one', 'Keys two', 'Keys three');
    await index.refresh(db);
    await index.saveSnapshot();
    expect(await db.count('searchLog')).toBe(1); // the page's next write to read is gone
    expect(texts(await page.search('key'))).toEqual(['Diversity is key', 'Keys one', 'Keys two', 'Keys three']);
  });

  it('sees a talk renamed once told of it', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'Old name', 'A note');
    const page = createPageSearch(() => openReadOnly(bg.db.name));
    expect(await page.search('new name')).toMatchObject({ total: 0 });
    await bg.api('talk.update', { talkId: 'youtube:aaaaaaaaaaa' as TalkId, patch: { title: 'New name' }, meta: null });
    page.touched();
    expect(await page.search('new name')).toEqual(await bg.api('notes.search', { query: 'new name' }));
  });

  it('gives null, writing nothing, where it cannot read the store: the background answers', async () => {
    const page = createPageSearch(async () => null);
    expect(await page.search('x')).toBeNull();
    const closed = await freshDb();
    closed.close();
    expect(await createPageSearch(async () => closed).search('x')).toBeNull();
  });
});
