/**
 * The index's notes: each talk's rows by moment, and (made when a write first needs it) every
 * row by note id. Made from the sheets note by note, or from a snapshot's columns in one go.
 */
import type { TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { fold } from '@/utils/model/search';
import { byMoment } from '@/utils/model/moment-order';
import type { Row } from '@/utils/background/search/columns';

export class NoteRows {
  /** Every row by note id; null until a write needs it (50,000 entries: not on the way to a first search after a restore). */
  private byId: Map<string, Row> | null;
  private readonly unsorted = new Set<TalkId>();

  constructor(private readonly byTalk = new Map<TalkId, Row[]>()) {
    this.byId = byTalk.size === 0 ? new Map() : null;
  }

  /** Puts a note in place of its earlier version; a deleted one is only taken out. */
  put(note: Note): void {
    const old = this.rowOf(note.id);
    if (old) {
      const list = this.byTalk.get(old.note.talkId) ?? [];
      list.splice(list.indexOf(old), 1);
      this.byId!.delete(note.id);
    }
    if (note.deletedAt !== undefined) return;
    const row = { note, lower: fold(note.text) };
    this.byId!.set(note.id, row);
    const list = this.byTalk.get(note.talkId);
    if (!list) this.byTalk.set(note.talkId, [row]);
    else {
      // The sheets and the snapshot give notes in moment order: most notes come after the last
      // one, and a talk whose list stays in order is not sorted again.
      const end = list[list.length - 1];
      if (end !== undefined && byMoment(end.note, note) > 0) this.unsorted.add(note.talkId);
      list.push(row);
    }
  }

  /** A talk's rows by moment. */
  of(talkId: TalkId): Row[] {
    const list = this.byTalk.get(talkId) ?? [];
    if (this.unsorted.delete(talkId)) list.sort((a, b) => byMoment(a.note, b.note));
    return list;
  }

  count(talkId: TalkId): number {
    return this.byTalk.get(talkId)?.length ?? 0;
  }

  /** Every talk's rows by moment (what a snapshot is made of). */
  all(): ReadonlyMap<TalkId, readonly Row[]> {
    this.sort();
    return this.byTalk;
  }

  /** Sorts now the talks written out of order, rather than at the next keystroke. */
  sort(): void {
    for (const talkId of this.unsorted) this.of(talkId);
  }

  private rowOf(noteId: string): Row | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (const list of this.byTalk.values()) for (const row of list) this.byId.set(row.note.id, row);
    }
    return this.byId.get(noteId);
  }
}
