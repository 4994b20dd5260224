import type { NoteId } from '@/utils/model/ids';
import type { Note, Stamped } from '@/utils/model/types';
import { byMoment } from '@/utils/model/moment-order';

/** Notes read, and drawn, before the rest of a long talk's: more than the list shows at once. */
export const FIRST_NOTES = 40;

/** A note as the list shows it: `saving` until the background acknowledged its commit. */
export interface NoteRow extends Note {
  saving?: boolean;
}

/**
 * Inserts or replaces `note` keeping moment order; tombstones are removed. Older copies never
 * win, and the copy already shown comes back as the same list: the change event of the
 * sidebar's own save, which follows its reply, draws nothing again.
 */
export function upsertRow(rows: NoteRow[], note: NoteRow): NoteRow[] {
  const i = rows.findIndex((r) => r.id === note.id);
  const old = i >= 0 ? rows[i] : undefined;
  if (old && !old.saving && !note.saving && sameNote(old, note)) return rows;
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

/**
 * Whether two copies of a record are the same version: the store stamps every write of a
 * record later than the one before (stampAfter), so a stamp names one version here.
 */
export function sameVersion(a: Stamped, b: Stamped): boolean {
  return a.updatedAt === b.updatedAt && a.deletedAt === b.deletedAt;
}

/** The same version of a note, and the same on screen (a record merged from another device may share a stamp). */
function sameNote(a: Note, b: Note): boolean {
  return sameVersion(a, b) && a.text === b.text && a.kind === b.kind && a.at === b.at && a.slide?.imageId === b.slide?.imageId;
}
