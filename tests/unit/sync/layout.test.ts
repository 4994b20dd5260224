import { describe, expect, it } from 'vitest';
import { fileName, parseFileName, planReads, raiseCursors, type SyncFile } from '@/utils/sync/layout';

const c = (seq: number, size = 10): SyncFile => ({ kind: 'changes', seq, size });
const s = (seq: number, size = 100): SyncFile => ({ kind: 'snapshot', seq, size });

describe('file names', () => {
  it('round-trips kind and seq, and ignores anything else', () => {
    expect(fileName('changes', 7)).toBe('c-0000000007.tn');
    expect(parseFileName('s-0000000012.tn')).toEqual({ kind: 'snapshot', seq: 12 });
    for (const other of ['.tmp-ab12', 'c-7.tn', 'c-0000000000.tn', 'x-0000000001.tn', 'c-0000000001.tn.bak']) {
      expect(parseFileName(other)).toBe(null);
    }
  });
});

describe('planReads', () => {
  it('reads the change files after the cursor when they are unbroken and cheaper', () => {
    expect(planReads([s(1), c(2), c(3), c(4)], 2)).toEqual([c(3), c(4)]);
    expect(planReads([s(1), c(2)], 2)).toEqual([]);
  });

  it('takes a snapshot when change files are gone, or when it is fewer bytes', () => {
    expect(planReads([s(5), c(6)], 2)).toEqual([s(5), c(6)]);
    expect(planReads([c(1, 60), c(2, 60), s(2, 100), c(3)], 0)).toEqual([s(2, 100), c(3)]);
    expect(planReads([c(1, 40), c(2, 40), s(2, 100), c(3)], 0)).toEqual([c(1, 40), c(2, 40), c(3)]);
  });

  it('finds no plan when a file in the way is missing or damaged, until a later snapshot', () => {
    expect(planReads([c(1), c(3)], 0)).toBe(null);
    expect(planReads([c(1), c(2), c(3)], 0, (f) => f.seq === 2)).toBe(null);
    expect(planReads([c(1), c(2), c(3), s(3)], 0, (f) => f.seq === 2 && f.kind === 'changes')).toEqual([s(3)]);
  });
});

describe('raiseCursors', () => {
  it('keeps the larger seq of each device', () => {
    expect(raiseCursors({ aaaaaaaa: 3, bbbbbbbb: 9 }, { aaaaaaaa: 5, bbbbbbbb: 2, cccccccc: 1 })).toEqual({
      aaaaaaaa: 5,
      bbbbbbbb: 9,
      cccccccc: 1,
    });
  });
});
