// The library page's own search, read from the store beside the background: the same answers as
// the background's, and never stale, whatever the background wrote or stored since.
import { describe, expect, it, vi } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { createPageSearch } from '@/utils/background/search/page-search';
import { openReadOnly } from '@/utils/store/listing';
import { freshDb } from '../../store/fresh-db';
import { loopback, writeNotes } from '../loopback';

const texts = (r: Awaited<ReturnType<ReturnType<typeof createPageSearch>['search']>>) => r?.hits.map((h) => h.text);

describe('createPageSearch: the library page searching the store itself', () => {
  it('answers as the background does, and finds a note written since once told of it', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization helps');
    const page = createPageSearch({ open: () => openReadOnly(bg.db.name) });
    expect(await page.search('spec')).toEqual(await bg.api('notes.search', { query: 'spec' }));

    await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Specs are cheap');
    page.touched(); // the change event
    expect(texts(await page.search('spec'))).toEqual(['Specs are cheap', 'Specialization helps']);
  });

  it('answers a keystroke at once, and has it asked again when the check made alongside finds a write no event announced', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Specialization helps');
    let stale = 0;
    const page = createPageSearch({ open: () => openReadOnly(bg.db.name), onStale: () => stale++ });
    await page.search('spec');
    expect(texts(await page.search('spec'))).toEqual(['Specialization helps']);
    await new Promise((r) => setTimeout(r, 20));
    expect(stale).toBe(0);

    await writeNotes(bg.api, 'bbbbbbbbbbb', 'Tracing', 'Specs are cheap'); // its event not heard yet
    await page.search('spec');
    await vi.waitFor(() => expect(stale).toBe(1));
    expect(texts(await page.search('spec'))).toEqual(['Specs are cheap', 'Specialization helps']);
  });

  it('finds writes the background forgot from its log when it stored a newer snapshot', async () => {
    const db = await freshDb();
    const index = createLibraryIndex({ db: async () => db });
    const bg = await loopback(db, index);
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
    await index.refresh(db);
    await index.saveSnapshot();
    let stale = 0;
    const page = createPageSearch({ open: () => openReadOnly(db.name), onStale: () => stale++ });
    expect(texts(await page.search('key'))).toEqual(['Diversity is key']);

    await writeNotes(bg.api, 'aaaaaaaaaaa', 'When Containers Attack', 'Keys one', 'Keys two', 'Keys three');
    await index.refresh(db);
    await index.saveSnapshot();
    expect(await db.count('searchLog')).toBe(1); // the page's next write to read is gone
    await page.search('key');
    await vi.waitFor(() => expect(stale).toBe(1));
    expect(texts(await page.search('key'))).toEqual(['Diversity is key', 'Keys one', 'Keys two', 'Keys three']);
  });

  it('sees a talk renamed once told of it', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'Old name', 'A note');
    const page = createPageSearch({ open: () => openReadOnly(bg.db.name) });
    expect(await page.search('new name')).toMatchObject({ total: 0 });
    await bg.api('talk.update', { talkId: 'youtube:aaaaaaaaaaa' as TalkId, patch: { title: 'New name' }, meta: null });
    page.touched();
    expect(await page.search('new name')).toEqual(await bg.api('notes.search', { query: 'new name' }));
  });

  it('gives null, writing nothing, where it cannot read the store: the background answers', async () => {
    const page = createPageSearch({ open: async () => null });
    expect(await page.search('x')).toBeNull();
    const closed = await freshDb();
    closed.close();
    expect(await createPageSearch({ open: async () => closed }).search('x')).toBeNull();
  });
});
