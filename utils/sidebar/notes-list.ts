import type { NoteId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { byMoment } from '@/utils/model/moment-order';

/** Notes read, and drawn, before the rest of a long talk's: more than the list shows at once. */
export const FIRST_NOTES = 40;

/** A note as the list shows it: `saving` until the background acknowledged its commit. */
export interface NoteRow extends Note {
  saving?: boolean;
}

/** Inserts or replaces `note` keeping moment order; tombstones are removed. Older copies never win. */
export function upsertRow(rows: NoteRow[], note: NoteRow): NoteRow[] {
  const i = rows.findIndex((r) => r.id === note.id);
  const old = i >= 0 ? rows[i] : undefined;
  if (old && !old.saving && old.updatedAt > note.updatedAt) return rows;
  const rest = i >= 0 ? rows.filter((_, j) => j !== i) : rows;
  if (note.deletedAt !== undefined) return rest;
  return [...rest, note].sort(byMoment);
}

export function removeRow(rows: NoteRow[], id: NoteId): NoteRow[] {
  return rows.filter((r) => r.id !== id);
}

/** The note whose moment the video has reached last: the one to highlight. */
export function currentNoteId(rows: NoteRow[], now: number | null): NoteId | null {
  if (now === null) return null;
  let found: NoteId | null = null;
  for (const r of rows) {
    if (r.at <= now + 0.25) found = r.id;
    else break;
  }
  return found;
}

/** The whole list just read, with the notes shown meanwhile that are still being saved (not in it yet). */
export function withPending(loaded: Note[], shown: NoteRow[]): NoteRow[] {
  const ids = new Set(loaded.map((n) => n.id));
  const pending = shown.filter((r) => r.saving && !ids.has(r.id));
  return pending.length === 0 ? loaded : [...loaded, ...pending].sort(byMoment);
}
