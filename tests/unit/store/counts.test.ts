// How a write of notes moves the stored count of live notes per talk (derived.test.ts checks
// the counts against the notes after any sequence of writes).
import { describe, expect, it } from 'vitest';
import type { NoteId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { countChanges } from '@/utils/store/counts';
import { aNote, TALK_1, TALK_2 } from '../model/records';

const gone = (n: Note) => ({ ...n, deletedAt: 9 });

describe('counting the changes of a write', () => {
  it.each([
    ['a new note', undefined, aNote(), [[TALK_1, 1]]],
    ['a new tombstone (from another device)', undefined, gone(aNote()), []],
    ['an edit', aNote(), aNote({ text: 'edited' }), []],
    ['a delete', aNote(), gone(aNote()), [[TALK_1, -1]]],
    ['an undo of a delete', gone(aNote()), aNote(), [[TALK_1, 1]]],
  ] as const)('%s', (_, before, after, expected) => {
    expect([...countChanges([{ before, after }])]).toEqual(expected);
  });

  it('sums the changes per talk and leaves out talks that net zero', () => {
    const other = aNote({ id: '00000000-0000-4000-8000-000000000009' as NoteId, talkId: TALK_2 });
    expect([...countChanges([
      { before: undefined, after: aNote() },
      { before: aNote(), after: gone(aNote()) },
      { before: undefined, after: other },
    ])]).toEqual([[TALK_2, 1]]);
  });
});
