// A local write over a record stamped later than this device's clock (another device's edit,
// or this clock set back) is stamped just after it, so every device's merge keeps the edit.
import { describe, expect, it } from 'vitest';
import type { TalkMeta } from '@/utils/model/types';
import { saveConference, setConferenceDeleted } from '@/utils/store/conferences';
import { assignTalk, setTalkDeleted } from '@/utils/store/library';
import { addMarks } from '@/utils/store/marks';
import { saveNote, setNoteDeleted } from '@/utils/store/notes';
import { stampAfter } from '@/utils/store/stamp';
import { updateTalk } from '@/utils/store/talk-edits';
import { aConference, aMark, aNote, aTalk, CONF_1, NOTE_1, NOTE_2, TALK_1 } from '../model/records';
import { fill, freshDb } from './fresh-db';

/** The stamp already stored; the clock of these writes is an hour behind it. */
const LATER = 1_800_000_000_000;
const BEHIND = LATER - 3_600_000;

const meta: TalkMeta = {
  platform: 'youtube', videoId: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'When Containers Attack', speakers: [],
};

describe('stampAfter', () => {
  it('is now when nothing is replaced or everything replaced is older', () => {
    expect(stampAfter(500)).toBe(500);
    expect(stampAfter(500, undefined, { createdAt: 1, updatedAt: 100 }, { createdAt: 1, updatedAt: 100, deletedAt: 499 })).toBe(500);
  });

  it('is one after the latest replaced version, a delete counting as its stamp', () => {
    expect(stampAfter(500, { createdAt: 1, updatedAt: 900 }, { createdAt: 1, updatedAt: 100, deletedAt: 1200 })).toBe(1201);
  });
});

describe('local writes with a clock behind the stored version', () => {
  it('an edited note is stamped after the version it replaces; a new one at now', async () => {
    const db = await fill(await freshDb(), { talks: [aTalk({ updatedAt: LATER })], notes: [aNote({ updatedAt: LATER })] });
    const edited = await saveNote(db, { id: NOTE_1, at: 42, kind: 'note', text: 'edited' }, meta, BEHIND);
    expect(edited.note.updatedAt).toBe(LATER + 1);
    expect(edited.note.createdAt).toBe(aNote().createdAt);
    const fresh = await saveNote(db, { id: NOTE_2, at: 50, kind: 'tip', text: 'new' }, meta, BEHIND);
    expect(fresh.note).toMatchObject({ createdAt: BEHIND, updatedAt: BEHIND });
  });

  it('a note on a deleted talk brings the talk back with a stamp after its delete', async () => {
    const db = await fill(await freshDb(), { talks: [aTalk({ updatedAt: LATER, deletedAt: LATER })] });
    const { talk } = await saveNote(db, { id: NOTE_2, at: 5, kind: 'note', text: 'back' }, meta, BEHIND);
    expect(talk.deletedAt).toBeUndefined();
    expect(talk.updatedAt).toBe(LATER + 1);
  });

  it('a note deleted and brought back is stamped after each previous version', async () => {
    const db = await fill(await freshDb(), { talks: [aTalk()], notes: [aNote({ updatedAt: LATER })] });
    expect(await setNoteDeleted(db, NOTE_1, true, BEHIND)).toMatchObject({ updatedAt: LATER + 1, deletedAt: LATER + 1 });
    const back = await setNoteDeleted(db, NOTE_1, false, BEHIND);
    expect(back.updatedAt).toBe(LATER + 2);
    expect(back.deletedAt).toBeUndefined();
  });

  it("a talk's edit and placement", async () => {
    const db = await fill(await freshDb(), { talks: [aTalk({ updatedAt: LATER })], conferences: [aConference()] });
    expect((await updateTalk(db, TALK_1, { title: 'Renamed' }, null, BEHIND)).updatedAt).toBe(LATER + 1);
    const placed = await assignTalk(db, TALK_1, { conferenceId: CONF_1, day: 1, position: null }, BEHIND);
    expect(placed.map((t) => t.updatedAt)).toEqual([LATER + 2]);
    const out = await assignTalk(db, TALK_1, { conferenceId: null, day: null, position: null }, BEHIND);
    expect(out.map((t) => t.updatedAt)).toEqual([LATER + 3]);
  });

  it("a talk's delete stamps the talk and its notes alike, after the latest of them, and its undo brings exactly those back", async () => {
    const db = await fill(await freshDb(), {
      talks: [aTalk({ updatedAt: LATER })],
      notes: [aNote({ updatedAt: LATER + 10 }), aNote({ id: NOTE_2, updatedAt: 5, deletedAt: 5 })],
    });
    const gone = await setTalkDeleted(db, TALK_1, true, BEHIND);
    expect(gone.talk).toMatchObject({ updatedAt: LATER + 11, deletedAt: LATER + 11 });
    expect(gone.notes.map((n) => [n.id, n.updatedAt, n.deletedAt])).toEqual([[NOTE_1, LATER + 11, LATER + 11]]);
    const back = await setTalkDeleted(db, TALK_1, false, BEHIND);
    expect(back.talk.updatedAt).toBe(LATER + 12);
    expect(back.notes.map((n) => [n.id, n.updatedAt, n.deletedAt])).toEqual([[NOTE_1, LATER + 12, undefined]]);
  });

  it('a conference saved, deleted and restored', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference({ updatedAt: LATER })] });
    const { createdAt: _c, updatedAt: _u, ...input } = aConference();
    expect((await saveConference(db, { ...input, name: 'Renamed' }, BEHIND)).updatedAt).toBe(LATER + 1);
    expect(await setConferenceDeleted(db, CONF_1, true, BEHIND)).toMatchObject({ updatedAt: LATER + 2, deletedAt: LATER + 2 });
    expect((await setConferenceDeleted(db, CONF_1, false, BEHIND)).updatedAt).toBe(LATER + 3);
  });

  it('a deleted mark marked again', async () => {
    const db = await fill(await freshDb(), { marks: [aMark({ at: 600, updatedAt: LATER, deletedAt: LATER })] });
    await addMarks(db, TALK_1, [600], BEHIND);
    expect(await db.get('marks', aMark({ at: 600 }).id)).toEqual(aMark({ at: 600, updatedAt: LATER + 1 }));
  });
});
