// A save asks for the count and the sheet it will rewrite together with its own first reads, so
// it waits for one round of reads, not two; what it writes is what reading them later wrote.
import { describe, expect, it } from 'vitest';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note } from '@/utils/model/types';
import { NOTE_STORES, putNotes, readAhead } from '@/utils/store/note-writes';
import type { WriteTx } from '@/utils/store/schema';
import { freshDb } from './fresh-db';

const talkId = 'youtube:rrrrrrrrrrr' as TalkId;
const note = (i: number, at: number): Note => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` as NoteId,
  talkId, at, kind: 'note', text: `n${i}`, createdAt: 1, updatedAt: 1,
});

/** The transaction, with every read of counts and sheets made through it listed in `reads`. */
function listingReads(tx: WriteTx, reads: string[]): WriteTx {
  const objectStore = tx.objectStore.bind(tx);
  const watched = new Proxy(tx, {
    get(target, key) {
      if (key !== 'objectStore') return Reflect.get(target, key, target) as unknown;
      return (name: 'counts' | 'sheets') => {
        const store = objectStore(name);
        return new Proxy(store, {
          get(s, k) {
            const value = Reflect.get(s, k, s) as unknown;
            if (k !== 'get' || typeof value !== 'function') return typeof value === 'function' ? value.bind(s) : value;
            return (query: unknown) => {
              reads.push(`${name} ${JSON.stringify(query)}`);
              return (value as (q: unknown) => Promise<unknown>).call(s, query);
            };
          },
        });
      };
    },
  });
  return watched;
}

/** A store holding note 1 at 0:30, and a write transaction on it whose reads of counts and sheets are listed. */
async function oneNoteStored() {
  const db = await freshDb();
  const first = db.transaction([...NOTE_STORES], 'readwrite');
  void putNotes(first, [{ before: undefined, after: note(1, 30) }]);
  await first.done;
  const reads: string[] = [];
  const tx = listingReads(db.transaction([...NOTE_STORES], 'readwrite') as WriteTx, reads);
  return { db, tx, reads };
}

describe('reading ahead for a note write', () => {
  it('reads the count and the sheet once, up front, and writes them as a later read would', async () => {
    const { db, tx, reads } = await oneNoteStored();
    const ahead = readAhead(tx, talkId, 45);
    expect(reads).toEqual([`counts "${talkId}"`, `sheets ["${talkId}",0]`]);
    await Promise.all(putNotes(tx, [{ before: undefined, after: note(2, 45) }], ahead));
    await tx.done;
    expect(reads).toHaveLength(2);
    expect(await db.get('counts', talkId)).toEqual({ talkId, live: 2 });
    expect((await db.get('sheets', [talkId, 0]))?.notes.map((n) => n.id)).toEqual([note(1, 30).id, note(2, 45).id]);
  });

  it('reads a sheet it did not ask for when the note leaves another one', async () => {
    const { db, tx, reads } = await oneNoteStored();
    const moved = { ...note(1, 700), updatedAt: 2 };
    await Promise.all(putNotes(tx, [{ before: note(1, 30), after: moved }], readAhead(tx, talkId, 700)));
    await tx.done;
    expect(reads).toEqual([`counts "${talkId}"`, `sheets ["${talkId}",600]`, `sheets ["${talkId}",0]`]);
    expect(await db.get('sheets', [talkId, 0])).toBe(undefined);
    expect((await db.get('sheets', [talkId, 600]))?.notes).toEqual([moved]);
    expect(await db.get('counts', talkId)).toEqual({ talkId, live: 1 });
  });
});
