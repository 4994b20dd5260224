// The sync outbox: every local write lists its records in its own transaction, under one
// counter; a sync acknowledges up to the counter it read; the server's records are not listed.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/model/dataset';
import { saveConference, setConferenceDeleted } from '@/utils/store/conferences';
import { importBackup, mergeFromServer } from '@/utils/store/import';
import { assignTalk, setTalkDeleted } from '@/utils/store/library';
import { addMarks } from '@/utils/store/marks';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { acknowledgeOutbox, countOutbox, readOutbox } from '@/utils/store/outbox';
import { updateTalk } from '@/utils/store/talk-edits';
import { serializeBackup } from '@/utils/formats/backup';
import type { TalkMeta } from '@/utils/model/types';
import { aConference, aMark, aNote, aTalk, CONF_1, NOTE_1, NOTE_2, TALK_1 } from '../model/records';
import { fill, freshDb } from './fresh-db';

const T = 1_800_000_000_000;
const meta: TalkMeta = {
  platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'When Containers Attack', speakers: [],
};
const ids = (d: Dataset) => ({
  talks: d.talks.map((r) => r.id).sort(), notes: d.notes.map((r) => r.id).sort(),
  conferences: d.conferences.map((r) => r.id).sort(), marks: d.marks.map((r) => r.id).sort(),
});
const none = { talks: [], notes: [], conferences: [], marks: [] };

describe('the sync outbox', () => {
  it('is empty on a new store: mark 0', async () => {
    const db = await freshDb();
    expect(await readOutbox(db)).toEqual({ records: none, mark: 0 });
    expect(await countOutbox(db)).toBe(0);
  });

  it('lists every kind of local write, each record once, with the records as stored now', async () => {
    const db = await freshDb();
    const { note } = await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one' }, meta, T);
    await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one, edited' }, meta, T + 1);
    const { createdAt: _c, updatedAt: _u, ...conference } = aConference();
    await saveConference(db, conference, T + 2);
    await updateTalk(db, TALK_1, { summary: 'Short.' }, null, T + 3);
    await addMarks(db, TALK_1, [600], T + 4);
    const out = await readOutbox(db);
    expect(ids(out.records)).toEqual({ talks: [TALK_1], notes: [NOTE_1], conferences: [CONF_1], marks: [aMark({ at: 600 }).id] });
    expect(out.records.notes).toEqual([{ ...note, text: 'one, edited', updatedAt: T + 1 }]);
    expect(out.records.talks[0]!.summary).toBe('Short.');
    expect(out.mark).toBe(5);
    expect(await countOutbox(db)).toBe(4);
  });

  it('lists tombstones: a note, a conference, a talk with the notes its delete tombstones, a placement', async () => {
    const db = await fill(await freshDb(), {
      talks: [aTalk()], notes: [aNote(), aNote({ id: NOTE_2 })], conferences: [aConference()],
    });
    await setNoteDeleted(db, NOTE_2, true, T);
    await setConferenceDeleted(db, CONF_1, true, T);
    expect(ids((await readOutbox(db)).records)).toEqual({ ...none, notes: [NOTE_2], conferences: [CONF_1] });
    await acknowledgeOutbox(db, (await readOutbox(db)).mark);
    await setTalkDeleted(db, TALK_1, true, T + 1);
    const out = await readOutbox(db);
    expect(ids(out.records)).toEqual({ ...none, talks: [TALK_1], notes: [NOTE_1] });
    expect(out.records.notes[0]!.deletedAt).toBe(T + 1);
  });

  it('a talk moved among its day lists every talk renumbered', async () => {
    const db = await fill(await freshDb(), { talks: [aTalk()], conferences: [aConference()] });
    await assignTalk(db, TALK_1, { conferenceId: CONF_1, day: 1, position: 0 }, T);
    expect(ids((await readOutbox(db)).records).talks).toEqual([TALK_1]);
  });

  it('acknowledging a mark keeps what was written after it was read', async () => {
    const db = await freshDb();
    await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one' }, meta, T);
    const read = await readOutbox(db);
    await saveNote(db, { id: NOTE_2, at: 2, kind: 'note', text: 'two' }, meta, T + 1);
    // Written again after the read: its newer version must go up too.
    await saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'one again' }, meta, T + 2);
    await acknowledgeOutbox(db, read.mark);
    const after = await readOutbox(db);
    expect(ids(after.records)).toEqual({ ...none, notes: [NOTE_1, NOTE_2] });
    expect(after.mark).toBe(3);
    await acknowledgeOutbox(db, after.mark);
    expect(await countOutbox(db)).toBe(0);
    // The counter goes on after everything was acknowledged: an old mark acknowledges nothing new.
    await saveNote(db, { id: NOTE_2, at: 2, kind: 'note', text: 'two again' }, meta, T + 3);
    await acknowledgeOutbox(db, read.mark);
    expect(await readOutbox(db)).toMatchObject({ mark: 4 });
    expect(await countOutbox(db)).toBe(1);
  });

  it("a write that fails lists nothing (one transaction)", async () => {
    const db = await fill(await freshDb(), { talks: [aTalk({ id: 'vimeo:1' as never })], notes: [aNote({ talkId: 'vimeo:1' as never })] });
    await expect(saveNote(db, { id: NOTE_1, at: 1, kind: 'note', text: 'x' }, meta, T)).rejects.toThrow(/another talk/);
    expect(await countOutbox(db)).toBe(0);
  });

  it("lists an imported backup's changes, but not records merged from the server", async () => {
    const db = await freshDb();
    await mergeFromServer(db, { ...none, talks: [aTalk()], notes: [aNote()] });
    expect(await countOutbox(db)).toBe(0);
    expect((await readOutbox(db)).records).toEqual(none);
    await importBackup(db, serializeBackup({ ...none, notes: [aNote({ id: NOTE_2 })] }, new Date(T)));
    expect(ids((await readOutbox(db)).records)).toEqual({ ...none, notes: [NOTE_2] });
  });
});
