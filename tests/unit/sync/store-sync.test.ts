// Two browsers' stores (fake-indexeddb) syncing through a real rclone WebDAV server on
// loopback, by the store's own outbox and merge: what the extension's background runs.
import { describe, expect, it } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { storeRecords } from '@/utils/background/sync-records';
import type { ImportResult } from '@/utils/store/import';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { countOutbox } from '@/utils/store/outbox';
import type { Db } from '@/utils/store/schema';
import { readTalk } from '@/utils/store/talks';
import { SyncEngine } from '@/utils/sync/engine';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { newFolder } from '../../servers/webdav';
import { freshDb } from '../store/fresh-db';
import { MemoryState } from './memory-records';
import { useRclone } from './rclone';

const dav = useRclone();
const meta: TalkMeta = {
  platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'When Containers Attack', speakers: [],
};
const note = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;

interface Browser {
  db: Db;
  engine: SyncEngine;
  told: ImportResult[];
}

async function browser(url: string): Promise<Browser> {
  const db = await freshDb();
  const told: ImportResult[] = [];
  const records = storeRecords(async () => db, async (r) => told.push(r));
  const client = new WebDavClient({ url, user: dav.server.user, password: dav.server.password }, { timeoutMs: 10_000 });
  return { db, told, engine: new SyncEngine(client, records, new MemoryState(), { iterations: 100_000 }) };
}

const texts = async (b: Browser) => (await readTalk(b.db, 'youtube:dQw4w9WgXcQ' as never)).notes.map((n) => n.text).sort();
const write = (b: Browser, n: number, text: string, at = Date.now()) => saveNote(b.db, { id: note(n), at: n, kind: 'note', text }, meta, at);

describe('two stores syncing through rclone', () => {
  it('a note added in one shows in the other; edits in both kept; a delete honoured; the outbox empties', async () => {
    const url = await newFolder(dav.server.url);
    const [a, b] = [await browser(url), await browser(url)];
    await write(a, 1, 'Diversity is key to innovation.');
    expect(await a.engine.syncOnce()).toMatchObject({ pushed: 2, problems: [] });
    expect(await countOutbox(a.db)).toBe(0);
    expect(await b.engine.syncOnce()).toMatchObject({ merged: 2, problems: [] });
    expect(await texts(b)).toEqual(['Diversity is key to innovation.']);
    // What B merged is not B's to send back, and its views were told.
    expect(await countOutbox(b.db)).toBe(0);
    expect(b.told.map((r) => r.changed.notes.map((n) => n.text))).toEqual([['Diversity is key to innovation.']]);

    // Each edits a note of its own, B with a clock an hour behind: both edits are kept.
    await write(a, 2, 'From A');
    await write(b, 1, 'Edited on B', Date.now() - 3_600_000);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    const both = ['Edited on B', 'From A'];
    expect(await texts(a)).toEqual(both);
    expect(await texts(b)).toEqual(both);

    await setNoteDeleted(b.db, note(2), true);
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect(await texts(a)).toEqual(['Edited on B']);
    expect(await countOutbox(a.db)).toBe(0);
    expect(await countOutbox(b.db)).toBe(0);
  });
});
