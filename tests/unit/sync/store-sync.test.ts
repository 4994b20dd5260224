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
import { slideImages } from '@/utils/store/slides';
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

/** `onTold`: what to look at in the store when the views are told of merged records. */
async function browser(url: string, onTold: (db: Db) => Promise<void> = async () => {}): Promise<Browser> {
  const db = await freshDb();
  const told: ImportResult[] = [];
  const records = storeRecords(async () => db, async (r) => (told.push(r), onTold(db)));
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

  it('a slide captured in one shows in the other with its image, byte for byte, the note never before its image; its delete hides the image there too', async () => {
    const url = await newFolder(dav.server.url);
    // When B's views hear of the note, its picture is there to show.
    const picturesWhenTold: number[] = [];
    const [a, b] = [await browser(url), await browser(url, async (db) => void picturesWhenTold.push((await slideImages(db, [note(7)])).size))];
    // A 1×1 WebP, as the sidebar's capture stores it.
    const bytes = Buffer.from('UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=', 'base64');
    const image = { blob: new Blob([bytes], { type: 'image/webp' }), type: 'image/webp' as const, width: 1, height: 1 };
    await saveNote(a.db, { id: note(7), at: 7, kind: 'note', text: 'The architecture slide' }, meta, Date.now(), { imageId: '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11', image });
    await a.engine.syncOnce();
    expect(await b.engine.syncOnce()).toMatchObject({ slidesFetched: 1, problems: [] });
    expect(picturesWhenTold).toEqual([1]);
    const got = (await slideImages(b.db, [note(7)])).get(note(7))!;
    expect({ type: got.type, width: got.width, height: got.height }).toEqual({ type: 'image/webp', width: 1, height: 1 });
    expect(Buffer.from(await got.blob.arrayBuffer()).equals(bytes)).toBe(true);
    // What B fetched is not B's to send back.
    expect(await countOutbox(b.db)).toBe(0);

    await setNoteDeleted(a.db, note(7), true);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    expect((await slideImages(b.db, [note(7)])).size).toBe(0);
  });
});
