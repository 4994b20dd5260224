// Which sheets a write of notes changes, and how (derived.test.ts checks the stored sheets
// against the notes after any sequence of writes).
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/types';
import { SHEET_SECONDS, sheetEdits, sheetStart } from '@/utils/store/sheets';
import { aNote, TALK_1 } from '../model/records';

const gone = (n: Note) => ({ ...n, deletedAt: 9 });
const at = (s: number) => aNote({ at: s });
const edits = (before: Note | undefined, after: Note) =>
  sheetEdits([{ before, after }]).map(({ talkId, from, drop, put }) => [talkId, from, [...drop], put.map((n) => n.at)]);

describe('a sheet', () => {
  it.each([
    [0, 0],
    [599.5, 0],
    [600, 600],
    [3_725, 3_600],
  ])('holding moment %s starts at %s', (moment, start) => {
    expect(sheetStart(moment)).toBe(start);
  });

  it('covers ten minutes of recording', () => {
    expect(SHEET_SECONDS).toBe(600);
  });
});

describe('the sheets a write changes', () => {
  const id = aNote().id;
  it.each([
    ['a new note joins its sheet', undefined, at(42), [[TALK_1, 0, [id], [42]]]],
    ['an edit replaces the note on its sheet', at(42), { ...at(42), text: 'edited' }, [[TALK_1, 0, [id], [42]]]],
    ['a new moment moves it to another sheet', at(42), at(1_300), [[TALK_1, 0, [id], []], [TALK_1, 1_200, [id], [1_300]]]],
    ['a delete takes it off', at(42), gone(at(42)), [[TALK_1, 0, [id], []]]],
    ['an undo puts it back', gone(at(42)), at(42), [[TALK_1, 0, [id], [42]]]],
    ['a tombstone from another device changes no sheet', undefined, gone(at(42)), []],
  ] as const)('%s', (_, before, after, expected) => {
    expect(edits(before, after)).toEqual(expected);
  });
});
