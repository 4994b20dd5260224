import { describe, expect, it } from 'vitest';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { importBackup } from '@/utils/store/import';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { serializeBackup } from '@/utils/formats/backup';
import { aNote, aTalk, TALK_1, TALK_2 } from '../../model/records';
import { fill, freshDb } from '../../store/fresh-db';
import { countingSheets } from './counting-sheets';

const T = 1_700_000_000_000;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;
const vimeo = aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871', title: 'Alpha talk' });
const youtube = aTalk({ title: 'Zulu: When Containers Attack' });

async function seeded() {
  return fill(await freshDb(), {
    talks: [youtube, vimeo],
    notes: [
      aNote({ id: id(1), at: 125, text: 'Containers are not VMs' }),
      aNote({ id: id(2), at: 3, text: 'CONTAINERS everywhere' }),
      aNote({ id: id(3), talkId: TALK_2, at: 60, text: 'Why containers?' }),
      aNote({ id: id(4), at: 9, text: 'containers, deleted', deletedAt: T + 1 }),
      aNote({ id: id(5), at: 10, text: 'nothing to see' }),
    ],
  });
}

describe('searching notes', () => {
  it('finds every live note holding the words, in any case, with talk, moment, text and a link to that moment', async () => {
    const db = await seeded();
    const index = createLibraryIndex();
    await index.refresh(db);
    const { hits, total } = index.search('  containers ');
    expect(total).toBe(4);
    expect(hits.map((h) => [h.title, h.noteId, h.at, h.text, h.link])).toEqual([
      ['Zulu: When Containers Attack', null, 0, '', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=0s'],
      ['Alpha talk', id(3), 60, 'Why containers?', 'https://vimeo.com/76979871#t=60s'],
      ['Zulu: When Containers Attack', id(2), 3, 'CONTAINERS everywhere', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s'],
      ['Zulu: When Containers Attack', id(1), 125, 'Containers are not VMs', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=125s'],
    ]);
  });

  it.each([
    ['an empty query', '   ', 0],
    ['words nobody wrote', 'kubernetes', 0],
    ['a letter with another case in Danish text', 'Æ', 1],
  ])('answers %s with %i hits', async (_, query, count) => {
    const db = await fill(await seeded(), { notes: [aNote({ id: id(9), text: 'Blåbærgrød' })] });
    const index = createLibraryIndex();
    await index.refresh(db);
    expect(index.search(query).total).toBe(count);
  });

  it('shows at most `limit` hits and still counts them all', async () => {
    const index = createLibraryIndex();
    await index.refresh(await seeded());
    const result = index.search('containers', 2);
    expect([result.hits.length, result.total]).toEqual([2, 4]);
  });

  it('leaves out the notes and title of a deleted talk', async () => {
    const db = await fill(await seeded(), { talks: [{ ...vimeo, deletedAt: T + 1 }] });
    const index = createLibraryIndex();
    await index.refresh(db);
    expect(index.search('containers').hits.map((h) => h.talkId)).toEqual([TALK_1, TALK_1, TALK_1]);
  });

  it('sees notes written, edited and deleted after it was built, once told the store changed', async () => {
    const db = await seeded();
    let clock = T + 10_000;
    const index = createLibraryIndex();
    await index.refresh(db);
    const meta = { platform: 'youtube' as const, videoId: 'dQw4w9WgXcQ', url: youtube.url, title: youtube.title, speakers: [] };
    clock += 5_000;
    await saveNote(db, { id: id(6), at: 1, kind: 'note', text: 'Sidecars' }, meta, clock);
    await saveNote(db, { id: id(1), at: 125, kind: 'note', text: 'Sidecar containers' }, meta, clock);
    await setNoteDeleted(db, id(2), true, clock);
    index.touched();
    await index.refresh(db);
    expect(index.search('sidecar').hits.map((h) => h.text)).toEqual(['Sidecars', 'Sidecar containers']);
    expect(index.search('everywhere').total).toBe(0);
    expect(index.count(TALK_1)).toBe(3);
  });

  it('sees imported notes with old stamps, and a note edited back to an older stamp, once told the store changed', async () => {
    const db = await seeded();
    const index = createLibraryIndex();
    await index.refresh(db);
    const file = serializeBackup({ talks: [], conferences: [], marks: [], notes: [aNote({ id: id(7), text: 'From the laptop', updatedAt: 5, createdAt: 5 })] });
    await importBackup(db, file);
    await fill(db, { notes: [aNote({ id: id(5), at: 10, text: 'clock set back', updatedAt: 6 })] });
    index.touched();
    await index.refresh(db);
    expect([index.search('laptop').total, index.search('clock set back').total, index.search('nothing to see').total]).toEqual([1, 1, 0]);
  });

  it('reads nothing while nothing was written: a keystroke costs the search alone', async () => {
    const db = await seeded();
    const index = createLibraryIndex();
    await index.refresh(db);
    // Written behind its back (the background never does this): not seen until touched.
    await fill(db, { notes: [aNote({ id: id(8), text: 'Unseen sidecar', updatedAt: T + 1 })] });
    await index.refresh(db);
    expect(index.search('sidecar').total).toBe(0);
    index.touched();
    await index.refresh(db);
    expect(index.search('sidecar').total).toBe(1);
  });

  it('is built from reads of a few sheets at a time, missing none at the edges', async () => {
    // Five sheets: the vimeo talk's first ten minutes, the youtube talk's first, second and fourth, and
    // a sheet emptied by a delete (none is left of it).
    const later = [
      aNote({ id: id(6), at: 700, text: 'containers later on' }),
      aNote({ id: id(7), at: 1_900, text: 'containers at the end' }),
      aNote({ id: id(8), at: 1_300, text: 'containers, gone', deletedAt: T + 2 }),
    ];
    for (const size of [1, 2, 3, 4, 5, 6]) {
      const index = createLibraryIndex({ batch: size });
      await index.refresh(await fill(await seeded(), { notes: later }));
      expect([size, index.search('containers').total, index.count(TALK_1), index.count(TALK_2)]).toEqual([size, 6, 5, 1]);
    }
  });

  it('reads every sheet in one request when someone waits on the build, in few when it is built ahead of need', async () => {
    const stored = await fill(await seeded(), { notes: [aNote({ id: id(6), at: 700, text: 'containers later on' })] });
    const one = countingSheets(stored);
    const waited = createLibraryIndex({ batch: 1 });
    await waited.refresh(one.db, true);
    expect([one.sheetReads(), waited.search('containers').total]).toEqual([1, 5]);
    const few = countingSheets(stored);
    const ahead = createLibraryIndex({ batch: 1 });
    await ahead.refresh(few.db);
    expect([few.sheetReads(), ahead.search('containers').total]).toEqual([4, 5]);
  });

  it('answers as you type exactly as it answers each query afresh, also after a write and when letters are taken back', async () => {
    const db = await seeded();
    const typing = createLibraryIndex();
    await typing.refresh(db);
    const afresh = async (q: string) => {
      const index = createLibraryIndex();
      await index.refresh(db);
      return index.search(q);
    };
    for (const q of ['c', 'co', 'con', 'cont', 'contai', 'conta', 'ontai', 'everywhere', 'e', 'vms']) {
      expect(typing.search(q)).toEqual(await afresh(q));
    }
    typing.search('side');
    await fill(db, { notes: [aNote({ id: id(8), at: 2, text: 'Sidecar containers', updatedAt: T + 1 })] });
    typing.touched();
    await typing.refresh(db);
    expect(typing.search('sidec')).toEqual(await afresh('sidec'));
    expect(typing.search('sidec').total).toBe(1);
  });

  it('reads again after a failed read', async () => {
    const db = await seeded();
    const index = createLibraryIndex();
    db.close();
    await expect(index.refresh(db)).rejects.toThrow();
    const reopened = await seeded();
    await index.refresh(reopened);
    expect(index.search('containers').total).toBe(4);
  });

  it("keeps each talk's notes by moment, built in order and caught up with notes moved and added anywhere", async () => {
    const db = await seeded();
    let clock = T + 10_000;
    const index = createLibraryIndex();
    await index.refresh(db);
    expect(index.notes(TALK_1).map((n) => n.at)).toEqual([3, 10, 125]);
    const meta = { platform: 'youtube' as const, videoId: 'dQw4w9WgXcQ', url: youtube.url, title: youtube.title, speakers: [] };
    clock += 5_000;
    await saveNote(db, { id: id(7), at: 200, kind: 'note', text: 'last' }, meta, clock);
    await saveNote(db, { id: id(1), at: 4, kind: 'note', text: 'moved to the start' }, meta, clock);
    index.touched();
    await index.refresh(db);
    expect(index.notes(TALK_1).map((n) => [n.at, n.text])).toEqual([[3, 'CONTAINERS everywhere'], [4, 'moved to the start'], [10, 'nothing to see'], [200, 'last']]);
  });

  it('counts the live notes of each talk', async () => {
    const index = createLibraryIndex();
    await index.refresh(await seeded());
    expect([index.count(TALK_1), index.count(TALK_2), index.count('web:none' as TalkId)]).toEqual([3, 1, 0]);
  });
});
