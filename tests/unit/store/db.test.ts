import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openStore } from '@/utils/store/db';
import { DB_VERSION } from '@/utils/store/schema';
import { readTalk } from '@/utils/store/talks';
import { saveNote } from '@/utils/store/notes';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note, Talk, TalkMeta } from '@/utils/model/types';

let n = 0;
const freshName = () => `test-db-${++n}-${Math.random()}`;

const talkV1: Talk = {
  id: 'youtube:dQw4w9WgXcQ' as TalkId, platform: 'youtube', videoId: 'dQw4w9WgXcQ',
  url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'When Containers Attack',
  speakers: [{ name: 'Anne Currie' }], links: [], createdAt: 1, updatedAt: 1,
};
const noteV1: Note = {
  id: '6f1c7a52-8f7e-4c5e-9a53-2a3b4c5d6e7f' as NoteId, talkId: talkV1.id, at: 42, kind: 'note',
  text: 'Diversity is key to innovation.', createdAt: 2, updatedAt: 2,
};

/** A database exactly as version 1 of the extension wrote it. */
async function writeVersion1(name: string) {
  const db = await openDB(name, 1, {
    upgrade(d) {
      d.createObjectStore('talks', { keyPath: 'id' });
      d.createObjectStore('notes', { keyPath: 'id' }).createIndex('byTalk', 'talkId');
    },
  });
  await db.put('talks', talkV1);
  await db.put('notes', noteV1);
  db.close();
}

describe('the store schema', () => {
  it('creates every store and index on a new database', async () => {
    const db = await openStore(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['conferences', 'counts', 'drafts', 'exportCache', 'marks', 'notes', 'programmeEntries', 'programmes', 'searchLog', 'searchSnapshot', 'sheets', 'slideImages', 'syncOutbox', 'talks']);
    const tx = db.transaction(['talks', 'notes', 'marks', 'programmeEntries', 'slideImages', 'syncOutbox']);
    expect([...tx.objectStore('talks').indexNames]).toEqual(['byConference']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual(['byTalk', 'byTalkMoment', 'byUpdated']);
    expect([...tx.objectStore('marks').indexNames]).toEqual(['byRecording']);
    expect([...tx.objectStore('programmeEntries').indexNames].sort()).toEqual(['byConferenceStart', 'byGuid', 'bySlug']);
    expect([...tx.objectStore('slideImages').indexNames]).toEqual(['byNote']);
    expect([...tx.objectStore('syncOutbox').indexNames]).toEqual(['byCounter']);
    db.close();
  });

  it('upgrades a version 1 database with all its data intact', async () => {
    const name = freshName();
    await writeVersion1(name);
    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    const view = await readTalk(db, talkV1.id);
    expect(view.talk).toEqual(talkV1);
    expect(view.notes).toEqual([noteV1]);
    expect(await db.getAllFromIndex('notes', 'byUpdated')).toEqual([noteV1]);
    db.close();
  });

  it('refuses to open a database written by a newer version, and leaves it as it is', async () => {
    const name = freshName();
    const newer = await openDB(name, DB_VERSION + 1, {
      upgrade(d) {
        d.createObjectStore('talks', { keyPath: 'id' });
      },
    });
    await newer.put('talks', talkV1);
    newer.close();
    await expect(openStore(name)).rejects.toThrow();
    const again = await openDB(name);
    expect(again.version).toBe(DB_VERSION + 1);
    expect(await again.get('talks', talkV1.id)).toEqual(talkV1);
    again.close();
  });
});

describe('saving notes', () => {
  const meta: TalkMeta = {
    platform: 'youtube', videoId: 'abcdefghijk', url: 'https://www.youtube.com/watch?v=abcdefghijk',
    title: 'Scaling Rust', speakers: [{ name: 'Jane Doe' }],
  };
  const input = { id: '0b8e7f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' as NoteId, at: 12.5, kind: 'quote' as const, text: 'Fearless' };

  it('creates the talk with the first note, in one transaction', async () => {
    const db = await openStore(freshName());
    const { note, talk } = await saveNote(db, input, meta, 1000);
    expect(talk).toMatchObject({ id: 'youtube:abcdefghijk', title: 'Scaling Rust', createdAt: 1000 });
    expect(note).toEqual({ ...input, talkId: 'youtube:abcdefghijk', createdAt: 1000, updatedAt: 1000 });
    expect((await readTalk(db, talk.id)).notes).toEqual([note]);
  });

  it('updates instead of duplicating when the same note is saved twice', async () => {
    const db = await openStore(freshName());
    await saveNote(db, input, meta, 1000);
    await saveNote(db, { ...input, text: 'Fearless concurrency' }, meta, 2000);
    const { notes } = await readTalk(db, 'youtube:abcdefghijk' as TalkId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'Fearless concurrency', createdAt: 1000, updatedAt: 2000 });
  });

  it('never overwrites a title the user edited with what the page says', async () => {
    const db = await openStore(freshName());
    await saveNote(db, input, { ...meta, title: '' }, 1000);
    const filled = await saveNote(db, { ...input, id: '1b8e7f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b' as NoteId }, meta, 2000);
    expect(filled.talk.title).toBe('Scaling Rust');
    await db.put('talks', { ...filled.talk, title: 'Edited by hand' });
    const kept = await saveNote(db, input, { ...meta, title: 'Page title' }, 3000);
    expect(kept.talk.title).toBe('Edited by hand');
  });

  it('refuses to move a note to another talk', async () => {
    const db = await openStore(freshName());
    await saveNote(db, input, meta, 1000);
    await expect(saveNote(db, input, { ...meta, videoId: 'zyxwvutsrqp', url: 'https://www.youtube.com/watch?v=zyxwvutsrqp' }, 2000)).rejects.toThrow(/another talk/);
    expect((await readTalk(db, 'youtube:zyxwvutsrqp' as TalkId)).talk).toBeNull();
  });
});
