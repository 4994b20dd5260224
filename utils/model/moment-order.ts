import type { Note } from '@/utils/model/types';

export function liveByMoment(notes: Note[]): Note[] {
  return notes.filter((n) => n.deletedAt === undefined).sort(byMoment);
}

/** Moment, then creation, then id: a total order, so exports are byte-stable. */
export function byMoment(a: Note, b: Note): number {
  return a.at - b.at || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
