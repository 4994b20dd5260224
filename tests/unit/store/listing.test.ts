// The library page's own read of its list: the same list the background answers, and a store it
// must not read (none yet, an older version) left exactly as it was.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { DB_VERSION } from '@/utils/store/schema';
import { readListing } from '@/utils/store/listing';
import { loopback, writeNotes } from '../background/loopback';
import { aConference, CONF_1 } from '../model/records';
import { fill } from './fresh-db';

const A = 'youtube:aaaaaaaaaaa' as TalkId;

async function names(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('readListing: the library list read by the page itself', () => {
  it('reads what the background lists: live talks with their live notes, live conferences', async () => {
    const { api, db } = await loopback();
    await writeNotes(api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key', 'Specialization');
    await writeNotes(api, 'bbbbbbbbbbb', 'Tracing', 'Spans are cheap');
    await writeNotes(api, 'ccccccccccc', 'Deleted talk', 'Gone');
    await api('talk.delete', { talkId: 'youtube:ccccccccccc' as TalkId });
    const [first] = (await api('talk.open', { talkId: A })).notes;
    await api('note.delete', { id: first!.id });
    await fill(db, { conferences: [aConference({ name: 'Kept' }), aConference({ id: 'c0f00000-0000-4000-8000-000000000002' as never, name: 'Deleted', deletedAt: 5 })] });

    const listing = await readListing(db.name);
    expect(listing?.talks.map((t) => [t.talk.title, t.notes])).toEqual([['When Containers Attack', 1], ['Tracing', 1]]);
    expect(listing?.conferences.map((c) => [c.id, c.name])).toEqual([[CONF_1, 'Kept']]);
    expect(listing).toEqual(await api('library.list', {}));
  });

  it('creates nothing where there is no store yet: null, and still no database', async () => {
    const name = `listing-none-${Math.random()}`;
    expect(await readListing(name)).toBeNull();
    expect(await names()).not.toContain(name);
  });

  it('leaves a store the background has still to upgrade as it was: null, same version, same records', async () => {
    const name = `listing-old-${Math.random()}`;
    const old = await openDB(name, DB_VERSION - 1, { upgrade: (db) => void db.createObjectStore('talks', { keyPath: 'id' }) });
    await old.put('talks', { id: A, title: 'Older' });
    old.close();
    expect(await readListing(name)).toBeNull();
    const after = await openDB(name);
    expect([after.version, [...after.objectStoreNames], await after.getAll('talks')]).toEqual([DB_VERSION - 1, ['talks'], [{ id: A, title: 'Older' }]]);
    after.close();
  });

  it('closes its connection once read: the background’s next upgrade is not held up', async () => {
    const { api, db } = await loopback();
    await writeNotes(api, 'aaaaaaaaaaa', 'When Containers Attack', 'Diversity is key');
    db.close();
    expect((await readListing(db.name))?.talks).toHaveLength(1);
    let blocked = false;
    const next = await openDB(db.name, DB_VERSION + 1, { blocked: () => (blocked = true) });
    expect([next.version, blocked]).toEqual([DB_VERSION + 1, false]);
    next.close();
  });
});
