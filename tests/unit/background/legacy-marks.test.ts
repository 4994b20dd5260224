import { describe, expect, it } from 'vitest';
import { adoptLegacyMarks, LEGACY_KEY, type LegacyStorage } from '@/utils/background/legacy-marks';
import { marksOf } from '@/utils/store/marks';
import type { Db } from '@/utils/store/schema';
import { TALK_1, TALK_2 } from '../model/records';
import { freshDb } from '../store/fresh-db';

function storage(value: unknown) {
  const data: Record<string, unknown> = value === undefined ? {} : { [LEGACY_KEY]: value };
  const s: LegacyStorage & { data: typeof data } = {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    remove: async (key) => void delete data[key],
  };
  return s;
}

describe('marks an older version kept in storage.local', () => {
  it('move into the store, and the old key goes', async () => {
    const db = await freshDb();
    const old = storage({ [TALK_1]: [3120, 600], [TALK_2]: [5] });
    expect(await adoptLegacyMarks(async () => db, old, 1_700_000_000_000)).toBe(3);
    expect(await marksOf(db, TALK_1)).toEqual([600, 3120]);
    expect(await marksOf(db, TALK_2)).toEqual([5]);
    expect(old.data).toEqual({});
  });

  it('leave out what is not a mark, keeping the rest', async () => {
    const db = await freshDb();
    const old = storage({ [TALK_1]: [600, -1, 1.5, 'x', 1e12], 'evil:x': [1], [TALK_2]: 'nope' });
    expect(await adoptLegacyMarks(async () => db, old)).toBe(1);
    expect(await db.getAll('marks')).toHaveLength(1);
  });

  it('do nothing when there are none', async () => {
    let opened = false;
    const db = async (): Promise<Db> => {
      opened = true;
      return freshDb();
    };
    expect(await adoptLegacyMarks(db, storage(undefined))).toBe(0);
    expect(opened).toBe(false);
  });

  it('stay where they are when the store fails, for the next start to try again', async () => {
    const old = storage({ [TALK_1]: [600] });
    await expect(adoptLegacyMarks(async () => Promise.reject(new Error('disk full')), old)).rejects.toThrow('disk full');
    expect(old.data).toEqual({ [LEGACY_KEY]: { [TALK_1]: [600] } });
  });
});
