// Notes shared by the Web Annotation export and import tests.
import type { NoteId } from '@/utils/model/ids';
import { aNote, NOTE_1, NOTE_2 } from '../model/records';

export const NOTE_3 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c03' as NoteId;
export const NOTE_4 = '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c04' as NoteId;

/** Every kind once, out of order, one of them deleted. */
export const KIND_NOTES = [
  aNote({ id: NOTE_4, at: 1265, kind: 'thought', text: 'Read the overview.', createdAt: 1_700_000_004_000, updatedAt: 1_700_000_009_500 }),
  aNote({ id: NOTE_1, at: 42 }),
  aNote({ id: NOTE_2, at: 195.25, kind: 'quote', text: 'Conference speakers are **professional** enthusiasts' }),
  aNote({ id: NOTE_3, at: 723, kind: 'question', text: 'Is the modern equivalent cloud services?' }),
  aNote({ id: '0b7e7c1e-5a1f-4a84-9d5e-1f0c6a3b2c05' as NoteId, at: 1, deletedAt: 1_700_000_000_001 }),
];
