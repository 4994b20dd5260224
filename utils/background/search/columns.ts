/**
 * The index's notes as columns (store/schema.ts `NoteColumns`) and back. A note is given back
 * field for field as it was put in: the fields every note has go in columns, any other field
 * (a slide, or one added later) as it is, so an export made from a snapshot is the same.
 */
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note, NoteKind } from '@/utils/model/types';
import type { NoteColumns, TextColumn } from '@/utils/store/schema';

/** A note with its text as search compares it. */
export interface Row {
  note: Note;
  lower: string;
}

function textColumn(texts: readonly string[]): TextColumn {
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((t, i) => (ends[i] = end += t.length));
  return { joined: texts.join(''), ends };
}

const textAt = ({ joined, ends }: TextColumn, i: number): string => joined.slice(i === 0 ? 0 : ends[i - 1], ends[i]);

/** Each talk's rows (in the order they are to be read back) as columns. */
export function toColumns(talks: ReadonlyMap<TalkId, readonly Row[]>): NoteColumns {
  const ids: string[] = [];
  const texts: string[] = [];
  const folded: string[] = [];
  const rows: Note[] = [];
  const talkIds: TalkId[] = [];
  const counts: number[] = [];
  for (const [talkId, list] of talks) {
    if (list.length === 0) continue;
    talkIds.push(talkId);
    counts.push(list.length);
    for (const { note, lower } of list) {
      rows.push(note);
      ids.push(note.id);
      texts.push(note.text);
      folded.push(lower);
    }
  }
  const kinds: string[] = [];
  const kind = new Uint8Array(rows.length);
  const at = new Float64Array(rows.length);
  const createdAt = new Float64Array(rows.length);
  const updatedAt = new Float64Array(rows.length);
  const extra: [number, Record<string, unknown>][] = [];
  rows.forEach((note, i) => {
    const { id: _id, talkId: _talk, text: _text, at: moment, kind: k, createdAt: created, updatedAt: updated, ...rest } = note;
    let place = kinds.indexOf(k);
    if (place < 0) place = kinds.push(k) - 1;
    kind[i] = place;
    at[i] = moment;
    createdAt[i] = created;
    updatedAt[i] = updated;
    if (Object.keys(rest).length > 0) extra.push([i, rest]);
  });
  return { talks: talkIds, counts: Uint32Array.from(counts), ids: textColumn(ids), at, kinds, kind, text: textColumn(texts), folded, createdAt, updatedAt, extra };
}

/** The rows back, talk by talk in the order they were put in. */
export function fromColumns(c: NoteColumns): Map<TalkId, Row[]> {
  const extra = new Map(c.extra);
  const out = new Map<TalkId, Row[]>();
  let i = 0;
  c.talks.forEach((talkId, t) => {
    const list: Row[] = [];
    for (const end = i + c.counts[t]!; i < end; i++) {
      const note = {
        id: textAt(c.ids, i) as NoteId,
        talkId,
        at: c.at[i]!,
        kind: c.kinds[c.kind[i]!] as NoteKind,
        text: textAt(c.text, i),
        createdAt: c.createdAt[i]!,
        updatedAt: c.updatedAt[i]!,
        ...extra.get(i),
      } as Note;
      list.push({ note, lower: c.folded[i]! });
    }
    out.set(talkId, list);
  });
  return out;
}
