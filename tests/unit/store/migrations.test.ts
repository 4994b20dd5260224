// Every schema version upgrades to the latest with its data intact, starting from a database
// written the way that version wrote it (its own upgrade code, copied here and never changed).
// A database written by a newer version is refused, never destroyed.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { describe, expect, it } from 'vitest';
import { explainStorageError, openStore, storeConnection } from '@/utils/store/db';
import type { Db } from '@/utils/store/schema';
import { DB_VERSION } from '@/utils/store/schema';
import { readDataset } from '@/utils/store/import';
import { readTalk } from '@/utils/store/talks';
import { saveNote } from '@/utils/store/notes';
import type { Draft } from '@/utils/model/types';
import type { NoteId } from '@/utils/model/ids';
import { aConference, aMark, aNote, aTalk, CONF_1, NOTE_1, NOTE_2, TALK_1, TALK_2 } from '../model/records';

let n = 0;
const freshName = () => `migration-${++n}-${Math.random()}`;

const programmeHeader = {
  conferenceId: CONF_1, format: 'c3voc-json', version: 'v1', importedAt: 1_700_000_002_000, days: [],
  conference: { title: 'HackTalk', acronym: null, start: null, end: null, city: null, venue: null, timeZone: 'Europe/Berlin', language: 'en', url: null },
};
const programmeEntry = {
  key: `${CONF_1}|g-1`, conferenceId: CONF_1, guid: 'g-1', id: '101', slug: 'hacktalk-101-memory', title: 'Memory', subtitle: null,
  speakers: [], track: null, room: null, start: '2025-11-14T09:00:00.000Z', timeZone: 'Europe/Berlin', duration: 2400, abstract: null,
  description: null, links: [], language: null, type: null, recordings: [], url: null, dayIndex: 1, cancelled: false,
};
// What each version put in: v1 knew talks and notes only; v2 added conferences and drafts; v3 added the counts of live notes;
// v4 added hand-marked talk starts; v5 the sheets of live notes.
const talk1 = aTalk();
const talk2 = aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871', conferenceId: CONF_1, day: 1, order: 0 });
const note1 = aNote();
const note2 = aNote({ id: NOTE_2, talkId: TALK_2, at: 7.5, kind: 'quote', text: 'Second', updatedAt: 1_700_000_000_500, deletedAt: 1_700_000_000_500 });
const conference = aConference();
const mark = aMark();
const slideImage = {
  id: '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11', noteId: NOTE_1, type: 'image/webp', width: 16, height: 9,
  blob: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/webp' }), createdAt: 1_700_000_003_000, updatedAt: 1_700_000_003_000,
};
const outboxEntry = { key: `notes ${NOTE_1}`, kind: 'notes', id: NOTE_1, counter: 4 };
const outboxCounter = { key: '#counter', last: 4 };
const draft: Draft = { talkId: TALK_1, at: 61, kind: 'question', text: 'Why not\nsooner?', updatedAt: 1_700_000_001_000 };

type Writer = (name: string) => Promise<void>;
type Raw = IDBPDatabase<unknown>;

async function put(db: Raw, store: string, ...values: unknown[]) {
  const tx = db.transaction(store, 'readwrite');
  for (const v of values) void tx.objectStore(store).put(v);
  await tx.done;
}

type Step = (d: Raw, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void;

/** Each version's own schema step, as that version's upgrade code made it (never changed). */
const STEPS: Record<number, Step> = {
  1: (d) => {
    d.createObjectStore('talks', { keyPath: 'id' });
    d.createObjectStore('notes', { keyPath: 'id' }).createIndex('byTalk', 'talkId');
  },
  2: (d, tx) => {
    d.createObjectStore('conferences', { keyPath: 'id' });
    d.createObjectStore('drafts', { keyPath: 'talkId' });
    tx.objectStore('talks').createIndex('byConference', 'conferenceId');
    tx.objectStore('notes').createIndex('byUpdated', 'updatedAt');
  },
  3: (d) => void d.createObjectStore('counts', { keyPath: 'talkId' }),
  4: (d, tx) => {
    d.createObjectStore('marks', { keyPath: 'id' }).createIndex('byRecording', 'recording');
    tx.objectStore('notes').createIndex('byTalkMoment', ['talkId', 'at']);
  },
  5: (d) => void d.createObjectStore('sheets', { keyPath: ['talkId', 'from'] }),
  6: (d) => {
    d.createObjectStore('programmes', { keyPath: 'conferenceId' });
    const entries = d.createObjectStore('programmeEntries', { keyPath: 'key' });
    entries.createIndex('byConferenceStart', ['conferenceId', 'start']);
    entries.createIndex('bySlug', 'slug');
    entries.createIndex('byGuid', 'guid');
  },
  // Version 7 was set aside for a step that turned out to need none.
  7: () => {},
  8: (d) => void d.createObjectStore('slideImages', { keyPath: 'id' }).createIndex('byNote', 'noteId'),
  9: (d) => void d.createObjectStore('syncOutbox', { keyPath: 'key' }).createIndex('byCounter', 'counter'),
  10: (d) => {
    d.createObjectStore('searchLog', { autoIncrement: true });
    d.createObjectStore('searchSnapshot', { keyPath: 'key' });
    d.createObjectStore('exportCache', { keyPath: 'conferenceId' });
  },
};

/** A new database as version `version` made it: every step up to its own. */
async function openAs(name: string, version: number): Promise<Raw> {
  return (await openDB(name, version, {
    upgrade(d, old, _new, tx) {
      for (let v = old + 1; v <= version; v++) STEPS[v]!(d as unknown as Raw, tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>);
    },
  })) as unknown as Raw;
}

/** The records each version added kinds of: a version's database holds its own and all earlier ones. */
const WROTE: Record<number, [store: string, values: unknown[]][]> = {
  1: [['talks', [talk1, talk2]], ['notes', [note1, note2]]],
  2: [['conferences', [conference]], ['drafts', [draft]]],
  3: [['counts', [{ talkId: TALK_1, live: 1 }]]],
  4: [['marks', [mark]]],
  5: [['sheets', [{ talkId: TALK_1, from: 0, notes: [note1] }]]],
  6: [['programmes', [programmeHeader]], ['programmeEntries', [programmeEntry]]],
  7: [],
  8: [['slideImages', [slideImage]]],
  9: [['syncOutbox', [outboxEntry, outboxCounter]]],
  10: [['searchLog', [{ notes: [note1] }]]],
};

/** How each version of the extension created its database, and records it wrote. */
const WRITERS: Record<number, Writer> = Object.fromEntries(
  Object.keys(STEPS).map(Number).map((version) => [version, async (name: string) => {
    const db = await openAs(name, version);
    for (let v = 1; v <= version; v++) for (const [store, values] of WROTE[v]!) await put(db, store, ...values);
    db.close();
  }]),
);

/** What the store must hold after upgrading from `version`: everything that version wrote. */
async function expectIntact(db: Db, version: number) {
  const data = await readDataset(db);
  expect(data.talks.sort((a, b) => a.id.localeCompare(b.id))).toEqual([talk2, talk1].sort((a, b) => a.id.localeCompare(b.id)));
  expect(data.notes.sort((a, b) => a.id.localeCompare(b.id))).toEqual([note1, note2]);
  expect(data.conferences).toEqual(version >= 2 ? [conference] : []);
  expect(await db.get('drafts', TALK_1)).toEqual(version >= 2 ? draft : undefined);
  expect(data.marks).toEqual(version >= 4 ? [mark] : []);
  expect(await db.getAllFromIndex('marks', 'byRecording', TALK_1)).toEqual(version >= 4 ? [mark] : []);
  // The indexes of the latest version answer for the old records too.
  expect(await db.getAllFromIndex('notes', 'byTalk', TALK_2)).toEqual([note2]);
  expect((await db.getAllFromIndex('notes', 'byUpdated')).map((x) => x.id)).toEqual([NOTE_1, NOTE_2]);
  expect(await db.getAllFromIndex('notes', 'byTalkMoment', IDBKeyRange.bound([TALK_2, 0], [TALK_2, Infinity]))).toEqual([note2]);
  expect(await db.getAllFromIndex('talks', 'byConference', CONF_1)).toEqual([talk2]);
  // Live notes counted per talk (a tombstone is not counted): what the library lists from.
  expect(await db.getAll('counts')).toEqual([{ talkId: TALK_1, live: 1 }]);
  // And put on their sheets (a tombstone on none): what exports and the library's index read.
  expect(await db.getAll('sheets')).toEqual([{ talkId: TALK_1, from: 0, notes: [note1] }]);
  // Programmes (version 6) by conference and start, slug and guid.
  expect(await db.getAll('programmes')).toEqual(version >= 6 ? [programmeHeader] : []);
  expect(await db.getAllFromIndex('programmeEntries', 'bySlug', 'hacktalk-101-memory')).toEqual(version >= 6 ? [programmeEntry] : []);
  expect(await db.getAllFromIndex('programmeEntries', 'byGuid', 'g-1')).toEqual(version >= 6 ? [programmeEntry] : []);
  // Slides' images (version 8) by note.
  expect((await db.getAllFromIndex('slideImages', 'byNote', NOTE_1)).map((i) => i.id)).toEqual(version >= 8 ? [slideImage.id] : []);
  // The sync outbox (version 9): what it listed is still to be sent.
  expect(await db.getAllFromIndex('syncOutbox', 'byCounter')).toEqual(version >= 9 ? [outboxEntry] : []);
  // The search's log of note writes (version 10): a write logged is still to be read.
  expect(await db.getAll('searchLog')).toEqual(version >= 10 ? [{ notes: [note1] }] : []);
  // Tombstones stay tombstones: a live view leaves them out.
  expect((await readTalk(db, TALK_2)).notes).toEqual([]);
}

describe('schema migrations', () => {
  it('has a writer for every version up to the latest', () => {
    expect(Object.keys(WRITERS).map(Number)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const version of Object.keys(WRITERS).map(Number)) {
    it(`upgrades a database written by version ${version} to version ${DB_VERSION}, all data intact`, async () => {
      const name = freshName();
      await WRITERS[version]!(name);
      const db = await openStore(name);
      expect(db.version).toBe(DB_VERSION);
      await expectIntact(db, version);
      // And it is usable after the upgrade: a new note joins the old ones.
      const input = { id: '11111111-1111-4111-8111-111111111111' as NoteId, at: 3, kind: 'note' as const, text: 'after the upgrade' };
      await saveNote(db, input, { platform: 'youtube', videoId: talk1.videoId, url: talk1.url, title: 'ignored', speakers: [] }, 1_800_000_000_000);
      expect((await readTalk(db, TALK_1)).notes.map((x) => x.text)).toEqual(['after the upgrade', note1.text]);
      db.close();
      // Opening again is a no-op upgrade that keeps everything.
      const again = await openStore(name);
      expect((await readDataset(again)).notes).toHaveLength(3);
      again.close();
    });
  }
});

describe('a database written by a newer version', () => {
  async function writeNewer(name: string) {
    const newer = (await openDB(name, DB_VERSION + 1, {
      upgrade(d) {
        d.createObjectStore('talks', { keyPath: 'id' });
        d.createObjectStore('notes', { keyPath: 'id' });
        d.createObjectStore('future', { keyPath: 'id' });
      },
    })) as unknown as Raw;
    await put(newer, 'talks', talk1);
    await put(newer, 'notes', note1);
    await put(newer, 'future', { id: 'x', shape: 'unknown to us' });
    newer.close();
  }

  it('is refused with a clear message and left exactly as it was', async () => {
    const name = freshName();
    await writeNewer(name);
    const error = await openStore(name).then(() => null, (e: unknown) => e);
    expect((error as Error).name).toBe('VersionError');
    expect((explainStorageError(error) as Error).message).toMatch(/newer version of Talk Notes.*left untouched/);
    const raw = (await openDB(name)) as unknown as Raw;
    expect(raw.version).toBe(DB_VERSION + 1);
    expect([...raw.objectStoreNames].sort()).toEqual(['future', 'notes', 'talks']);
    expect(await raw.get('talks', TALK_1)).toEqual(talk1);
    expect(await raw.get('notes', NOTE_1)).toEqual(note1);
    expect(await raw.get('future', 'x')).toEqual({ id: 'x', shape: 'unknown to us' });
    raw.close();
  });

  it('makes each request fail clearly, and the next one try again', async () => {
    const name = freshName();
    await writeNewer(name);
    let opens = 0;
    const connect = storeConnection(name, (...args) => (opens++, openStore(...args)));
    await expect(connect()).rejects.toMatchObject({ name: 'VersionError' });
    await expect(connect()).rejects.toMatchObject({ name: 'VersionError' });
    expect(opens).toBe(2);
  });
});

describe('the background connection', () => {
  it('opens once, and again after a newer version asked it to step aside', async () => {
    const name = freshName();
    let opens = 0;
    const connect = storeConnection(name, (...args) => (opens++, openStore(...args)));
    const first = await connect();
    expect(await connect()).toBe(first);
    expect(opens).toBe(1);
    // An update of the extension opens the database at a higher version: ours must close, not block it.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    expect(opens).toBe(1);
    // This (older) code cannot use it any more, and says why instead of using a dead connection.
    await expect(connect()).rejects.toMatchObject({ name: 'VersionError' });
    expect(opens).toBe(2);
  });
});
