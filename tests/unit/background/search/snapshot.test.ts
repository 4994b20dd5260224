// The index a stopped background leaves in the store: a new background answers from it (and the
// writes logged after it) without reading the sheets, and never for a note that changed after it.
import { describe, expect, it } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import type { Db, SearchSnapshot } from '@/utils/store/schema';
import { importBackup } from '@/utils/store/import';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { setTalkDeleted } from '@/utils/store/library';
import { LOGGED_NOTES_MAX } from '@/utils/store/search-persist';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { serializeBackup } from '@/utils/formats/backup';
import { aNote, aTalk, TALK_1, TALK_2 } from '../../model/records';
import { fill, freshDb } from '../../store/fresh-db';
import { countingSheets } from './counting-sheets';

const T = 1_700_000_000_000;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;
const vimeo = aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871', title: 'Alpha talk' });
const youtube = aTalk({ title: 'Zulu: When Containers Attack' });
const meta = { platform: 'youtube' as const, videoId: 'dQw4w9WgXcQ', url: youtube.url, title: youtube.title, speakers: [] };
const slide = { imageId: '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11', width: 1280, height: 720, type: 'image/webp' as const };

async function seeded(): Promise<Db> {
  return fill(await freshDb(), {
    talks: [youtube, vimeo],
    notes: [
      aNote({ id: id(1), at: 125, text: 'Containers are not VMs' }),
      aNote({ id: id(2), at: 3, kind: 'quote', text: 'CONTAINERS everywhere', createdAt: T - 5, updatedAt: T - 1 }),
      aNote({ id: id(3), talkId: TALK_2, at: 60.5, kind: 'question', text: 'Why İstanbul containers?' }),
      aNote({ id: id(4), at: 9, text: 'containers, deleted', deletedAt: T + 1 }),
      aNote({ id: id(5), at: 10, text: '', slide }),
    ],
  });
}

/** An index that saved its snapshot, then went away with its background. */
async function saved(db: Db): Promise<void> {
  const index = createLibraryIndex();
  await index.refresh(db);
  await index.saveSnapshot();
}

/** What an index answers about everything: every talk's notes (every field) and some searches. */
function answers(index: ReturnType<typeof createLibraryIndex>): unknown {
  return {
    notes: [TALK_1, TALK_2].map((t) => index.notes(t)),
    searches: ['containers', 'i̇stanbul', 'vms', 'sidecar', 'zulu'].map((q) => index.search(q)),
  };
}

async function fromSheets(db: Db): Promise<unknown> {
  const index = createLibraryIndex();
  await index.refresh(db, true);
  return answers(index);
}

describe('the snapshot of the index', () => {
  it('gives a new background every note field for field and the same answers, without reading the sheets', async () => {
    const stored = await seeded();
    await saved(stored);
    const { db, sheetReads } = countingSheets(stored);
    const index = createLibraryIndex();
    await index.refresh(db, true);
    expect(sheetReads()).toBe(0);
    expect(answers(index)).toEqual(await fromSheets(stored));
    expect(index.notes(TALK_1).find((n) => n.id === id(5))).toEqual(aNote({ id: id(5), at: 10, text: '', slide }));
    expect(index.search('containers').total).toBe(4);
  });

  it('is restored by itself for an export, and not at all when there is none', async () => {
    const db = await seeded();
    const none = createLibraryIndex();
    expect([await none.restore(db), none.built()]).toEqual([false, false]);
    await saved(db);
    const index = createLibraryIndex();
    expect([await index.restore(db), index.built(), index.count(TALK_1)]).toEqual([true, true, 3]);
  });

  it('never answers for a note written, edited, moved, deleted or imported with old stamps after it', async () => {
    const stored = await seeded();
    await saved(stored);
    await saveNote(stored, { id: id(6), at: 1, kind: 'note', text: 'Sidecars' }, meta, T + 10);
    await saveNote(stored, { id: id(1), at: 2, kind: 'note', text: 'Sidecar containers' }, meta, T + 11);
    await setNoteDeleted(stored, id(2), true, T + 12);
    await setTalkDeleted(stored, TALK_2, true, T + 13);
    const file = serializeBackup({ talks: [], conferences: [], marks: [], notes: [aNote({ id: id(7), text: 'From the laptop, containers', updatedAt: 5, createdAt: 5 })] });
    await importBackup(stored, file);
    const { db, sheetReads } = countingSheets(stored);
    const index = createLibraryIndex();
    await index.refresh(db, true);
    expect(sheetReads()).toBe(0);
    expect(answers(index)).toEqual(await fromSheets(stored));
    expect(index.search('containers').hits.map((h) => h.text)).toEqual(['', 'Sidecar containers', 'From the laptop, containers']);
    expect(index.search('everywhere').total).toBe(0);
  });

  it('is set aside after a write too large to log, and the sheets read instead', async () => {
    const stored = await seeded();
    await saved(stored);
    const many: Note[] = Array.from({ length: LOGGED_NOTES_MAX + 1 }, (_, i) => aNote({ id: id(100 + i), at: i, text: `bulk ${i}` }));
    await importBackup(stored, serializeBackup({ talks: [], conferences: [], marks: [], notes: many }));
    expect(await stored.get('searchSnapshot', 'notes')).toBeUndefined();
    const { db, sheetReads } = countingSheets(stored);
    const index = createLibraryIndex();
    await index.refresh(db, true);
    expect(sheetReads()).toBe(1);
    expect(index.search('bulk').total).toBe(LOGGED_NOTES_MAX + 1);
    expect(answers(index)).toEqual(await fromSheets(stored));
  });

  it.each([
    ['of another shape (another version wrote it)', (s: SearchSnapshot) => ({ ...s, format: s.format + 1 })],
    ['damaged', (s: SearchSnapshot) => ({ ...s, columns: { ...s.columns, talks: null } }) as unknown as SearchSnapshot],
  ])('is not read when %s: the sheets are', async (_, spoil) => {
    const stored = await seeded();
    await saved(stored);
    await stored.put('searchSnapshot', spoil((await stored.get('searchSnapshot', 'notes'))!));
    const { db, sheetReads } = countingSheets(stored);
    const index = createLibraryIndex();
    await index.refresh(db, true);
    expect(sheetReads()).toBe(1);
    expect(answers(index)).toEqual(await fromSheets(stored));
  });

  it('forgets the logged writes it holds once stored, and a later one still counts', async () => {
    const db = await seeded();
    const index = createLibraryIndex();
    await index.refresh(db);
    await saveNote(db, { id: id(6), at: 1, kind: 'note', text: 'Sidecars' }, meta, T + 10);
    index.touched();
    await index.refresh(db);
    const last = (await db.getAllKeys('searchLog')).at(-1);
    expect(await db.count('searchLog')).toBe(2);
    await index.saveSnapshot();
    // The last stays: the log's last key is the last write's.
    expect(await db.getAllKeys('searchLog')).toEqual([last]);
    await saveNote(db, { id: id(7), at: 2, kind: 'note', text: 'More sidecars' }, meta, T + 11);
    expect(await db.count('searchLog')).toBe(2);
    const next = createLibraryIndex();
    await next.refresh(db, true);
    expect(next.search('sidecars').total).toBe(2);
  });

  it('is stored by itself once the worker is quiet after a build from the sheets, and the log then looked after', async () => {
    const stored = await seeded();
    const index = createLibraryIndex({ db: () => Promise.resolve(stored), quietMs: 1 });
    await index.refresh(stored);
    await until(async () => (await stored.get('searchSnapshot', 'notes')) !== undefined);
    const { db, sheetReads } = countingSheets(stored);
    const next = createLibraryIndex();
    await next.refresh(db, true);
    expect([sheetReads(), next.search('containers').total]).toEqual([0, 4]);
  });

  it('is made by itself after a write while nobody searches (a background that only saves notes), when there is none', async () => {
    const db = await seeded();
    const index = createLibraryIndex({ db: () => Promise.resolve(db), quietMs: 1 });
    await saveNote(db, { id: id(6), at: 1, kind: 'note', text: 'Sidecars' }, meta, T + 10);
    index.touched();
    await until(async () => (await db.get('searchSnapshot', 'notes')) !== undefined);
    expect([await db.count('searchLog'), index.built()]).toEqual([1, true]);
  });

  it('is made again by itself once the log it leaves out is long, not before', async () => {
    const db = await seeded();
    await saved(db);
    const write = (i: number) => saveNote(db, { id: id(200 + i), at: i, kind: 'note', text: `typed ${i}` }, meta, T + i);
    for (let i = 0; i < 99; i++) await write(i);
    const index = createLibraryIndex({ db: () => Promise.resolve(db), quietMs: 1 });
    index.touched();
    await new Promise((r) => setTimeout(r, 50));
    expect([await db.count('searchLog'), index.built()]).toEqual([100, false]);
    await write(99);
    index.touched();
    await until(async () => (await db.count('searchLog')) === 1);
    expect((await db.get('searchSnapshot', 'notes'))?.columns.counts).toEqual(Uint32Array.from([1, 103]));
  });
});

async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('never happened');
}
