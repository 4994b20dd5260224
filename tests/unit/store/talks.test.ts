import { describe, expect, it } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import { readTalk } from '@/utils/store/talks';
import { aNote, aTalk, TALK_1, TALK_2 } from '../model/records';
import { fill, freshDb } from './fresh-db';

const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as NoteId;

describe('readTalk', () => {
  async function talkWithNotes() {
    return fill(await freshDb(), {
      talks: [aTalk()],
      notes: [
        aNote({ id: id(1), at: 90 }),
        aNote({ id: id(2), at: 10 }),
        aNote({ id: id(3), at: 30, deletedAt: 1_700_000_000_001 }),
        aNote({ id: id(4), at: 50 }),
        aNote({ id: id(5), talkId: TALK_2, at: 1 }),
      ],
    });
  }

  it('gives the talk and its live notes by moment', async () => {
    const view = await readTalk(await talkWithNotes(), TALK_1);
    expect(view.talk).toEqual(aTalk());
    expect(view.notes.map((n) => n.at)).toEqual([10, 50, 90]);
    expect(view.complete).toBe(true);
  });

  it('reads only the earliest notes when asked for the first few, and says there are more', async () => {
    const db = await talkWithNotes();
    const first = await readTalk(db, TALK_1, 2);
    expect(first.notes.map((n) => n.at)).toEqual([10]); // the second earliest is a tombstone
    expect(first.complete).toBe(false);
    expect((await readTalk(db, TALK_1, 4)).complete).toBe(false); // four read: a fifth may follow
    const all = await readTalk(db, TALK_1, 5);
    expect(all.notes.map((n) => n.at)).toEqual([10, 50, 90]);
    expect(all.complete).toBe(true);
  });
});
