// When the browser refuses a write (storage full): a clear message, the note stays in the
// box, nothing already stored changes.
import { afterEach, describe, expect, it } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import { createSidebarModel } from '@/utils/sidebar/model';
import { saveNote } from '@/utils/store/notes';
import { updateTalk } from '@/utils/store/talk-edits';
import type { TalkRef } from '@/utils/model/talk-ref';
import { loopback, meta, noteId, writeNotes } from '../background/loopback';
import { contents, freshDb } from './fresh-db';
import { refuseWrites } from './quota';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

const FULL = /storage is full\. Nothing saved before was changed/;
const ref = (videoId: string): TalkRef => ({
  platform: 'youtube', videoId, talkId: `youtube:${videoId}` as TalkId, url: `https://www.youtube.com/watch?v=${videoId}`,
});

describe('a refused write in the store', () => {
  it('rejects with QuotaExceededError and undoes the whole transaction', async () => {
    const db = await freshDb();
    const first = { id: noteId(), at: 1, kind: 'note' as const, text: 'kept' };
    await saveNote(db, first, meta('aaaaaaaaaaa'), 1000);
    const before = await contents(db);
    restore = refuseWrites();
    // A new talk and its first note: the talk's put would succeed alone; the note's refusal undoes it.
    await expect(saveNote(db, { ...first, id: noteId(), text: 'refused' }, meta('bbbbbbbbbbb'), 2000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(saveNote(db, { ...first, text: 'edit refused' }, meta('aaaaaaaaaaa'), 3000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    await expect(updateTalk(db, 'youtube:aaaaaaaaaaa' as TalkId, { title: 'refused' }, null, 4000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await contents(db)).toEqual(before);
  });
});

describe('a refused write through the background', () => {
  it('answers a message the user can read, tells no view, changes nothing', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'aaaaaaaaaaa', 'Talk A', 'one', 'two');
    const before = await contents(bg.db);
    const events = bg.events.length;
    restore = refuseWrites();
    await expect(bg.api('note.save', { note: { id: noteId(), at: 5, kind: 'note', text: 'three' }, meta: meta('aaaaaaaaaaa') })).rejects.toThrow(FULL);
    await expect(bg.api('backup.import', { text: JSON.stringify({ format: 'nope' }) })).rejects.toThrow();
    expect(bg.events).toHaveLength(events);
    expect(await contents(bg.db)).toEqual(before);
  });
});

describe('the sidebar when the browser refuses the write', () => {
  it('keeps the note in the box with a clear message, and saves it once space is back', async () => {
    const bg = await loopback();
    await writeNotes(bg.api, 'ccccccccccc', 'Talk C', 'stored before');
    const before = await contents(bg.db);
    const model = createSidebarModel({ api: bg.api, clipboard: async () => {}, newId: noteId, draftDelay: 10_000 });
    await model.showTalk(ref('ccccccccccc'), meta('ccccccccccc', 'Talk C'));
    model.draft.input('a thought worth keeping');
    restore = refuseWrites();
    await model.save();
    expect(model.draft.text.value).toBe('a thought worth keeping');
    expect(model.draft.at.value).not.toBeNull();
    expect(model.status.value?.text).toMatch(/^Not saved, your note is still in the box: /);
    expect(model.status.value?.text).toMatch(FULL);
    expect(model.rows.value.map((r) => r.text)).toEqual(['stored before']);
    expect(await contents(bg.db)).toEqual(before);

    restore();
    restore = null;
    await model.save();
    expect(model.draft.text.value).toBe('');
    expect(model.rows.value.map((r) => [r.text, r.saving ?? false])).toEqual([['a thought worth keeping', false], ['stored before', false]]); // no player: moment 0
    expect((await contents(bg.db)).notes).toHaveLength(2);
  });
});
