import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/model/dataset';
import { canonicalJson, mergeDatasets, mergeRecord, stampOf } from '@/utils/store/merge';
import { aConference, aMark, aNote, aTalk, NOTE_2 } from '../model/records';

const T = 1_700_000_000_000;
const empty: Dataset = { talks: [], notes: [], conferences: [], marks: [] };
const notes = (...n: ReturnType<typeof aNote>[]): Dataset => ({ ...empty, notes: n });

describe('stampOf', () => {
  it.each([
    [{ createdAt: 1, updatedAt: 5 }, 5],
    [{ createdAt: 1, updatedAt: 5, deletedAt: 9 }, 9],
    [{ createdAt: 1, updatedAt: 9, deletedAt: 5 }, 9],
  ])('is the later of the edit and the delete for %j', (r, stamp) => {
    expect(stampOf(r)).toBe(stamp);
  });
});

describe('mergeRecord', () => {
  const edited = aNote({ updatedAt: T + 10, text: 'edited' });
  const older = aNote({ updatedAt: T + 5, text: 'older' });

  it('keeps the newer edit, whichever side it is on', () => {
    expect(mergeRecord(edited, older)).toBe(edited);
    expect(mergeRecord(older, edited)).toBe(edited);
  });

  it('lets a delete newer than the other side’s edit win, keeping the tombstone', () => {
    const deleted = aNote({ updatedAt: T + 5, deletedAt: T + 20, text: 'older' });
    expect(mergeRecord(edited, deleted)).toBe(deleted);
    expect(mergeRecord(deleted, edited)).toBe(deleted);
  });

  it('lets an edit newer than the other side’s delete win: the record comes back', () => {
    const deleted = aNote({ updatedAt: T + 1, deletedAt: T + 2 });
    expect(mergeRecord(edited, deleted)).toBe(edited);
    expect(mergeRecord(deleted, edited)).toBe(edited);
  });

  it('lets the delete win when a delete and an edit have the same stamp', () => {
    const deleted = aNote({ updatedAt: T + 1, deletedAt: T + 10 });
    expect(mergeRecord(edited, deleted)).toBe(deleted);
    expect(mergeRecord(deleted, edited)).toBe(deleted);
  });

  it('breaks a tie between two edits by their canonical JSON, the same in both orders', () => {
    const b = aNote({ updatedAt: T + 10, text: 'b' });
    const a = aNote({ updatedAt: T + 10, text: 'a' });
    expect(mergeRecord(a, b)).toBe(b);
    expect(mergeRecord(b, a)).toBe(b);
  });

  it('breaks a tie between two deletes the same way', () => {
    const a = aNote({ deletedAt: T + 10, text: 'a' });
    const b = aNote({ deletedAt: T + 10, text: 'b' });
    expect(mergeRecord(a, b)).toBe(b);
    expect(mergeRecord(b, a)).toBe(b);
  });

  it('returns the first argument when both hold the same data', () => {
    const a = aNote();
    const b = { ...aNote() };
    expect(mergeRecord(a, b)).toBe(a);
  });
});

describe('mergeDatasets', () => {
  it('adds records only the incoming side has, and lists them as changed', () => {
    const { merged, changed } = mergeDatasets(
      { talks: [aTalk()], notes: [aNote()], conferences: [], marks: [aMark()] },
      { talks: [], notes: [aNote({ id: NOTE_2 })], conferences: [aConference()], marks: [aMark(), aMark({ at: 600 })] },
    );
    expect(merged).toEqual({ talks: [aTalk()], notes: [aNote(), aNote({ id: NOTE_2 })], conferences: [aConference()], marks: [aMark(), aMark({ at: 600 })] });
    expect(changed).toEqual({ talks: [], notes: [aNote({ id: NOTE_2 })], conferences: [aConference()], marks: [aMark({ at: 600 })] });
  });

  it('keeps the local version when the incoming one is older, and writes nothing', () => {
    const local = notes(aNote({ updatedAt: T + 9, text: 'mine' }));
    const { merged, changed } = mergeDatasets(local, notes(aNote({ updatedAt: T + 1 })));
    expect(merged).toEqual(local);
    expect(changed).toEqual(empty);
  });

  it('takes a newer incoming version, and a newer incoming delete', () => {
    const newer = aTalk({ updatedAt: T + 5, title: 'Renamed' });
    const gone = aNote({ deletedAt: T + 5 });
    const { merged, changed } = mergeDatasets(
      { talks: [aTalk()], notes: [aNote()], conferences: [], marks: [aMark()] },
      { talks: [newer], notes: [gone], conferences: [], marks: [aMark({ deletedAt: T + 5 })] },
    );
    expect(merged).toEqual({ talks: [newer], notes: [gone], conferences: [], marks: [aMark({ deletedAt: T + 5 })] });
    expect(changed).toEqual({ talks: [newer], notes: [gone], conferences: [], marks: [aMark({ deletedAt: T + 5 })] });
  });

  it('writes nothing when the same file is imported a second time', () => {
    const file = { talks: [aTalk({ updatedAt: T + 3 })], notes: [aNote({ id: NOTE_2 })], conferences: [aConference()], marks: [] };
    const first = mergeDatasets({ ...empty, notes: [aNote()] }, file);
    const second = mergeDatasets(first.merged, structuredClone(file));
    expect(second.changed).toEqual(empty);
    expect(second.merged).toEqual(first.merged);
  });

  it('does not count an equal copy of a local record as a change', () => {
    expect(mergeDatasets(notes(aNote()), notes({ ...aNote() })).changed).toEqual(empty);
  });

  it('folds repeated ids on the incoming side into one version', () => {
    const newest = aNote({ updatedAt: T + 7 });
    const { merged, changed } = mergeDatasets(empty, notes(aNote({ updatedAt: T + 2 }), newest, aNote()));
    expect(merged.notes).toEqual([newest]);
    expect(changed.notes).toEqual([newest]);
  });

  it('leaves its inputs as they were', () => {
    const local = notes(aNote());
    const incoming = notes(aNote({ updatedAt: T + 1 }), aNote({ id: NOTE_2 }));
    const before = structuredClone([local, incoming]);
    mergeDatasets(local, incoming);
    expect([local, incoming]).toEqual(before);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('writes a __proto__ key as data', () => {
    expect(canonicalJson(JSON.parse('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });
});
