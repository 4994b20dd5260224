import type { NoteKind } from '@/utils/model/types';

export const KIND_LABELS: Record<NoteKind, string> = {
  note: 'Note',
  quote: 'Quote',
  question: 'Question',
  thought: 'My thought',
  tip: 'Tip',
};
