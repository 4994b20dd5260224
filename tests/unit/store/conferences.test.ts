import { describe, expect, it } from 'vitest';
import type { NoteId, TalkId } from '@/utils/model/ids';
import { readConference, saveConference, setConferenceDeleted } from '@/utils/store/conferences';
import type { ConferenceInput } from '@/utils/model/edits';
import { aConference, aNote, aTalk, CONF_1, TALK_2 } from '../model/records';
import { contents, fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;
const { createdAt: _c, updatedAt: _u, ...input } = aConference();
const conferenceInput: ConferenceInput = input;

describe('saving a conference', () => {
  it('creates it with stamps, then keeps its creation time on later saves', async () => {
    const db = await freshDb();
    expect(await saveConference(db, conferenceInput, T)).toEqual({ ...conferenceInput, createdAt: T, updatedAt: T });
    const renamed = await saveConference(db, { ...conferenceInput, name: 'Software Circus 2017' }, T + 5);
    expect(renamed).toMatchObject({ name: 'Software Circus 2017', createdAt: T, updatedAt: T + 5 });
    expect((await contents(db)).conferences).toEqual([renamed]);
  });

  it('brings a deleted conference back when it is saved again', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference({ deletedAt: T + 1 })] });
    expect((await saveConference(db, conferenceInput, T + 2)).deletedAt).toBeUndefined();
  });
});

describe('deleting a conference', () => {
  it('leaves a tombstone that an undo removes, and never touches its talks', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference()], talks: [aTalk({ conferenceId: CONF_1, day: 1 })] });
    const gone = await setConferenceDeleted(db, CONF_1, true, T + 1);
    expect([gone.deletedAt, gone.updatedAt]).toEqual([T + 1, T + 1]);
    expect(await setConferenceDeleted(db, CONF_1, true, T + 2)).toEqual(gone);
    const back = await setConferenceDeleted(db, CONF_1, false, T + 3);
    expect(back).toEqual({ ...aConference(), updatedAt: T + 3 });
    expect((await contents(db)).talks).toEqual([aTalk({ conferenceId: CONF_1, day: 1 })]);
  });

  it('refuses a conference that does not exist', async () => {
    await expect(setConferenceDeleted(await freshDb(), CONF_1, true, T)).rejects.toThrow(/no longer exists/);
  });
});

describe('reading a conference for export', () => {
  it('reads its live talks and their live notes by moment', async () => {
    const other = aTalk({ id: TALK_2, platform: 'vimeo', videoId: '76979871', url: 'https://vimeo.com/76979871', conferenceId: CONF_1, deletedAt: T });
    const n = (i: number, at: number, over = {}) => aNote({ id: `00000000-0000-4000-8000-00000000000${i}` as NoteId, at, ...over });
    const db = await fill(await freshDb(), {
      conferences: [aConference()],
      talks: [aTalk({ conferenceId: CONF_1 }), other, aTalk({ id: 'youtube:elsewhere00' as TalkId, videoId: 'elsewhere00' })],
      notes: [n(1, 90), n(2, 30), n(3, 60, { deletedAt: T })],
    });
    const data = await readConference(db, CONF_1);
    expect(data.talks.map((t) => t.id)).toEqual(['youtube:dQw4w9WgXcQ']);
    expect(data.notesByTalk.get('youtube:dQw4w9WgXcQ' as TalkId)?.map((x) => x.at)).toEqual([30, 90]);
  });

  it('refuses a deleted conference', async () => {
    const db = await fill(await freshDb(), { conferences: [aConference({ deletedAt: T })] });
    await expect(readConference(db, CONF_1)).rejects.toThrow(/deleted/);
  });
});
