import { describe, expect, it } from 'vitest';
import { importMessage } from '@/utils/library/backup';

const zero = { talks: 0, notes: 0, conferences: 0, marks: 0 };

describe('the message after a restore', () => {
  it.each([
    [{ ...zero, notes: 12, talks: 2, conferences: 1 }, { ...zero, notes: 12, talks: 2, conferences: 1 }, 'Imported 12 notes, 2 talks and 1 conference.'],
    [{ ...zero, notes: 5 }, { ...zero, notes: 1 }, 'Imported 1 note.'],
    [{ ...zero, notes: 1, marks: 2 }, { ...zero, notes: 1, marks: 2 }, 'Imported 1 note and 2 marked talk starts.'],
    [{ ...zero, marks: 1 }, zero, 'Nothing new: everything in this backup is already here.'],
    [{ ...zero, notes: 5, talks: 1 }, zero, 'Nothing new: everything in this backup is already here.'],
    [zero, zero, 'This backup is empty: nothing was changed.'],
  ])('read %j, changed %j: "%s"', (read, changed, text) => {
    expect(importMessage({ read, changed })).toBe(text);
  });
});
