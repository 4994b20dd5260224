import { describe, expect, it, vi } from 'vitest';
import type { ConferenceId, NoteId, TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import { readConference, setConferenceDeleted } from '@/utils/store/conferences';
import { assignTalk, setTalkDeleted } from '@/utils/store/library';
import { conferenceFromIndex, listLibrary } from '@/utils/background/search/library-list';
import { byProgramme } from '@/utils/formats/programme-order';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { createLibraryIndex } from '@/utils/background/search/library-index';
import { updateTalk } from '@/utils/store/talk-edits';
import { aConference, aNote, aTalk, CONF_1 } from '../model/records';
import { contents, fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;
const NOW = T + 1_000;
const CONF_2 = 'c0f00000-0000-4000-8000-000000000002' as ConferenceId;
const noteId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;
const talk = (v: string, over: Partial<Talk> = {}) =>
  aTalk({ id: `youtube:${v}` as TalkId, videoId: v, url: `https://www.youtube.com/watch?v=${v}`, title: `Talk ${v}`, ...over });

async function programme() {
  return fill(await freshDb(), {
    conferences: [aConference(), aConference({ id: CONF_2, name: 'Gone', deletedAt: T })],
    talks: [
      talk('aaaaaaaaaaa', { conferenceId: CONF_1, day: 1, order: 0 }),
      talk('bbbbbbbbbbb', { conferenceId: CONF_1, day: 1, order: 1 }),
      talk('ccccccccccc', { conferenceId: CONF_1, day: 1, order: 2 }),
      talk('ddddddddddd'),
    ],
  });
}

const dayOne = async (db: Awaited<ReturnType<typeof programme>>) =>
  (await contents(db)).talks.filter((t) => t.conferenceId === CONF_1 && t.day === 1).sort(byProgramme).map((t) => [t.videoId, t.order]);

describe('listing the library', () => {
  const A = 'youtube:aaaaaaaaaaa' as TalkId;
  const withNotes = async () =>
    fill(await programme(), {
      talks: [talk('eeeeeeeeeee', { deletedAt: T })],
      notes: [
        aNote({ id: noteId(1), talkId: A }),
        aNote({ id: noteId(2), talkId: A, deletedAt: T }),
        aNote({ id: noteId(3), talkId: A, at: 99 }),
        aNote({ id: noteId(4), talkId: 'youtube:ccccccccccc' as TalkId, deletedAt: T }),
        aNote({ id: noteId(5), talkId: 'youtube:eeeeeeeeeee' as TalkId }),
      ],
    });
  const shown = (list: Awaited<ReturnType<typeof listLibrary>>) => [list.conferences.map((c) => c.id), list.talks.map((t) => [t.talk.videoId, t.notes])];
  const expected = [[CONF_1], [['aaaaaaaaaaa', 2], ['bbbbbbbbbbb', 0], ['ccccccccccc', 0], ['ddddddddddd', 0]]];

  it('lists live conferences and live talks with their live note counts, counted in the store before the index is built', async () => {
    const db = await withNotes();
    const index = createLibraryIndex();
    expect(shown(await listLibrary(db, index))).toEqual(expected);
  });

  it('lists the same from the index once built', async () => {
    const db = await withNotes();
    const index = createLibraryIndex();
    await listLibrary(db, index);
    await index.refresh(db);
    expect(index.built()).toBe(true);
    expect(shown(await listLibrary(db, index))).toEqual(expected);
  });

  it('builds the index once the library was quiet a moment, each request restarting the wait', async () => {
    const db = await withNotes();
    const index = createLibraryIndex();
    index.warmLater(db, 60);
    await new Promise((r) => setTimeout(r, 40));
    index.warmLater(db, 60);
    await new Promise((r) => setTimeout(r, 40));
    expect(index.built()).toBe(false);
    await vi.waitFor(() => expect(index.built()).toBe(true), { timeout: 2_000 });
    expect(index.count('youtube:aaaaaaaaaaa' as TalkId)).toBe(2);
  });
});

describe('assigning a talk to a conference day', () => {
  it.each([
    ['at the end when no position is given', null, [['aaaaaaaaaaa', 0], ['bbbbbbbbbbb', 1], ['ccccccccccc', 2], ['ddddddddddd', 3]]],
    ['first', 0, [['ddddddddddd', 0], ['aaaaaaaaaaa', 1], ['bbbbbbbbbbb', 2], ['ccccccccccc', 3]]],
    ['in the middle, renumbering the talks after it', 1, [['aaaaaaaaaaa', 0], ['ddddddddddd', 1], ['bbbbbbbbbbb', 2], ['ccccccccccc', 3]]],
    ['at the end when the position is past it', 99, [['aaaaaaaaaaa', 0], ['bbbbbbbbbbb', 1], ['ccccccccccc', 2], ['ddddddddddd', 3]]],
  ])('places it %s', async (_, position, order) => {
    const db = await programme();
    await assignTalk(db, 'youtube:ddddddddddd' as TalkId, { conferenceId: CONF_1, day: 1, position }, NOW);
    expect(await dayOne(db)).toEqual(order);
  });

  it('moves a talk down and up within its day, writing only the talks that moved', async () => {
    const db = await programme();
    const down = await assignTalk(db, 'youtube:aaaaaaaaaaa' as TalkId, { conferenceId: CONF_1, day: 1, position: 1 }, NOW);
    expect(down.map((t) => [t.videoId, t.order, t.updatedAt])).toEqual([['bbbbbbbbbbb', 0, NOW], ['aaaaaaaaaaa', 1, NOW]]);
    await assignTalk(db, 'youtube:ccccccccccc' as TalkId, { conferenceId: CONF_1, day: 1, position: 0 }, NOW);
    expect(await dayOne(db)).toEqual([['ccccccccccc', 0], ['bbbbbbbbbbb', 1], ['aaaaaaaaaaa', 2]]);
  });

  it('puts a talk in a conference without a day, and takes it out of every conference', async () => {
    const db = await programme();
    const [inConf] = await assignTalk(db, 'youtube:ddddddddddd' as TalkId, { conferenceId: CONF_1, day: null, position: null }, NOW);
    expect(inConf).toMatchObject({ conferenceId: CONF_1, order: 0 });
    expect(inConf?.day).toBeUndefined();
    const [out] = await assignTalk(db, 'youtube:aaaaaaaaaaa' as TalkId, { conferenceId: null, day: null, position: null }, NOW);
    expect(out).toEqual({ ...talk('aaaaaaaaaaa'), updatedAt: NOW });
    expect(await assignTalk(db, 'youtube:aaaaaaaaaaa' as TalkId, { conferenceId: null, day: null, position: null }, NOW)).toEqual([]);
  });

  it.each([
    ['a deleted conference', 'youtube:ddddddddddd', CONF_2, /conference was deleted/],
    ['a talk that does not exist', 'youtube:zzzzzzzzzzz', CONF_1, /talk was deleted/],
  ])('refuses %s and writes nothing', async (_, talkId, conferenceId, error) => {
    const db = await programme();
    const before = await contents(db);
    await expect(assignTalk(db, talkId as TalkId, { conferenceId, day: 1, position: null }, NOW)).rejects.toThrow(error);
    expect(await contents(db)).toEqual(before);
  });
});

describe('deleting a talk', () => {
  const A = 'youtube:aaaaaaaaaaa' as TalkId;
  async function withNotes() {
    return fill(await programme(), {
      notes: [
        aNote({ id: noteId(1), talkId: A }),
        aNote({ id: noteId(2), talkId: A, at: 7 }),
        aNote({ id: noteId(3), talkId: A, deletedAt: T + 5, updatedAt: T + 5 }),
      ],
    });
  }

  it('tombstones the talk and its live notes at the same moment', async () => {
    const db = await withNotes();
    const { talk: gone, notes } = await setTalkDeleted(db, A, true, NOW);
    expect(gone.deletedAt).toBe(NOW);
    expect(notes.map((n) => [n.id, n.deletedAt])).toEqual([[noteId(1), NOW], [noteId(2), NOW]]);
    expect((await contents(db)).notes.map((n) => n.deletedAt)).toEqual([NOW, NOW, T + 5]);
  });

  it('undoes exactly that: a note deleted before stays deleted', async () => {
    const db = await withNotes();
    const before = await contents(db);
    await setTalkDeleted(db, A, true, NOW);
    const back = await setTalkDeleted(db, A, false, NOW + 1);
    expect(back.notes.map((n) => n.id)).toEqual([noteId(1), noteId(2)]);
    const after = await contents(db);
    expect(after.notes.map((n) => [n.deletedAt, n.updatedAt])).toEqual([[undefined, NOW + 1], [undefined, NOW + 1], [T + 5, T + 5]]);
    expect(after.talks.find((t) => t.id === A)).toEqual({ ...before.talks.find((t) => t.id === A), updatedAt: NOW + 1 });
  });

  it('changes nothing when asked twice', async () => {
    const db = await withNotes();
    await setTalkDeleted(db, A, true, NOW);
    const once = await contents(db);
    expect((await setTalkDeleted(db, A, true, NOW + 5)).notes).toEqual([]);
    expect(await contents(db)).toEqual(once);
  });
});

describe('a note saved on a deleted talk', () => {
  const meta = { platform: 'youtube' as const, videoId: 'ddddddddddd', url: 'https://www.youtube.com/watch?v=ddddddddddd', title: 'Talk ddddddddddd', speakers: [] };

  it('brings the talk back (its old notes stay deleted) and lists it again', async () => {
    const db = await fill(await programme(), { notes: [aNote({ id: noteId(1), talkId: 'youtube:ddddddddddd' as TalkId })] });
    const id = 'youtube:ddddddddddd' as TalkId;
    await setTalkDeleted(db, id, true, NOW);
    const { talk: saved, note } = await saveNote(db, { id: noteId(2), at: 5, kind: 'note', text: 'again' }, meta, NOW + 1);
    expect(saved.deletedAt).toBeUndefined();
    expect(saved.updatedAt).toBe(NOW + 1);
    const stored = await contents(db);
    expect(stored.talks.find((t) => t.id === id)?.deletedAt).toBeUndefined();
    expect(stored.notes.map((n) => [n.id, n.deletedAt])).toEqual([[noteId(1), NOW], [note.id, undefined]]);
    const list = await listLibrary(db, createLibraryIndex());
    expect(list.talks.find((t) => t.talk.id === id)?.notes).toBe(1);
  });

  it('brings it back when its details are edited too', async () => {
    const db = await programme();
    const id = 'youtube:ddddddddddd' as TalkId;
    await setTalkDeleted(db, id, true, NOW);
    const talk = await updateTalk(db, id, { thoughts: 'worth it' }, null, NOW + 1);
    expect(talk.deletedAt).toBeUndefined();
    expect((await contents(db)).talks.find((t) => t.id === id)?.deletedAt).toBeUndefined();
  });
});

describe('a conference from the in-memory index (what the export reads)', () => {
  const A = 'youtube:aaaaaaaaaaa' as TalkId;
  const B = 'youtube:bbbbbbbbbbb' as TalkId;
  const asPlain = (d: Awaited<ReturnType<typeof readConference>>) => ({
    conference: d.conference,
    talks: [...d.talks].sort(byProgramme),
    notes: [...d.notesByTalk.entries()].sort(([x], [y]) => (x < y ? -1 : 1)),
  });

  it('gives what the store holds, also after notes, talks and the conference changed since the index was built', async () => {
    const db = await fill(await programme(), {
      notes: [
        aNote({ id: noteId(1), talkId: A, at: 30 }),
        aNote({ id: noteId(2), talkId: A, at: 10 }),
        aNote({ id: noteId(3), talkId: B, at: 5, deletedAt: T }),
      ],
    });
    const index = createLibraryIndex();
    await index.refresh(db);
    expect(asPlain(await conferenceFromIndex(db, index, CONF_1))).toEqual(asPlain(await readConference(db, CONF_1)));

    const meta = { platform: 'youtube' as const, videoId: 'bbbbbbbbbbb', url: 'https://www.youtube.com/watch?v=bbbbbbbbbbb', title: 'Talk bbbbbbbbbbb', speakers: [] };
    await saveNote(db, { id: noteId(4), at: 7, kind: 'quote', text: 'new' }, meta, NOW + 1);
    await saveNote(db, { id: noteId(1), at: 30, kind: 'note', text: 'edited' }, { ...meta, videoId: 'aaaaaaaaaaa', url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa' }, NOW + 2);
    await setNoteDeleted(db, noteId(2), true, NOW + 3);
    await assignTalk(db, 'youtube:ddddddddddd' as TalkId, { conferenceId: CONF_1, day: 2, position: null }, NOW + 4);
    index.touched(); // as the background does after each write
    const fromIndex = asPlain(await conferenceFromIndex(db, index, CONF_1));
    expect(fromIndex).toEqual(asPlain(await readConference(db, CONF_1)));
    expect(fromIndex.notes.map(([id, ns]) => [id, ns.map((n) => n.text)])).toContainEqual([A, ['edited']]);
  });

  it('refuses a deleted conference as the store does, whether the index is built or not', async () => {
    const db = await programme();
    const index = createLibraryIndex();
    await setConferenceDeleted(db, CONF_1, true, NOW + 1);
    await expect(conferenceFromIndex(db, index, CONF_1)).rejects.toThrow(/deleted/);
    await index.refresh(db);
    await expect(conferenceFromIndex(db, index, CONF_1)).rejects.toThrow(/deleted/);
    await expect(readConference(db, CONF_1)).rejects.toThrow(/deleted/);
  });

  it('reads the conference from the store while the index is not built, then builds it for the next export once the worker is quiet', async () => {
    const db = await fill(await programme(), { notes: [aNote({ id: noteId(1), talkId: A, at: 30 }), aNote({ id: noteId(2), talkId: B, at: 5 })] });
    const index = createLibraryIndex();
    const build = vi.spyOn(index, 'refresh');
    const later = vi.spyOn(index, 'warmLater').mockImplementation(() => {}); // so the index holds nothing
    expect(asPlain(await conferenceFromIndex(db, index, CONF_1))).toEqual(asPlain(await readConference(db, CONF_1)));
    expect(build).not.toHaveBeenCalled();
    expect(later).toHaveBeenCalledExactlyOnceWith(db);
  });
});
