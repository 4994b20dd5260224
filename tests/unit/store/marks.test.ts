import { describe, expect, it } from 'vitest';
import { addMarks, marksOf } from '@/utils/store/marks';
import { aMark, TALK_1, TALK_2 } from '../model/records';
import { fill, freshDb } from './fresh-db';

const T = 1_700_000_000_000;

describe('marks: talk starts marked by hand in a recording', () => {
  it('are the live marks of one recording, in order', async () => {
    const db = await fill(await freshDb(), {
      marks: [aMark({ at: 3120 }), aMark({ at: 600 }), aMark({ at: 1800, deletedAt: T + 1 }), aMark({ recording: TALK_2, at: 5 })],
    });
    expect(await marksOf(db, TALK_1)).toEqual([600, 3120]);
    expect(await marksOf(db, TALK_2)).toEqual([5]);
  });

  it('adds new starts once each, keeping the first stamp of one already there', async () => {
    const db = await fill(await freshDb(), { marks: [aMark({ at: 600 })] });
    expect(await addMarks(db, TALK_1, [1800, 600, 1800], T + 5)).toEqual([600, 1800]);
    expect(await db.getAll('marks')).toEqual([aMark({ at: 1800, createdAt: T + 5, updatedAt: T + 5 }), aMark({ at: 600 })]);
  });

  it('brings back a deleted start marked again, newer than its delete so a merge keeps it', async () => {
    const db = await fill(await freshDb(), { marks: [aMark({ at: 600, updatedAt: T + 1, deletedAt: T + 1 })] });
    expect(await addMarks(db, TALK_1, [600], T + 9)).toEqual([600]);
    expect(await db.get('marks', aMark({ at: 600 }).id)).toEqual(aMark({ at: 600, updatedAt: T + 9 }));
  });
});
