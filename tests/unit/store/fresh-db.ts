// A new, empty store per test (fake-indexeddb), and ways to fill and read it whole.
import type { Dataset } from '@/utils/model/dataset';
import { openStore } from '@/utils/store/db';
import type { Db } from '@/utils/store/schema';
import { readDataset } from '@/utils/store/import';
import { NOTE_STORES, putNotes } from '@/utils/store/note-writes';

let n = 0;

export function freshDb(): Promise<Db> {
  return openStore(`library-test-${++n}-${Math.random()}`);
}

/** Puts records as they are; notes through putNotes, so the derived counts stay true. */
export async function fill(db: Db, data: Partial<Dataset>): Promise<Db> {
  const tx = db.transaction(['talks', 'conferences', 'marks', ...NOTE_STORES], 'readwrite');
  const notes = data.notes ?? [];
  const before = await Promise.all(notes.map((x) => tx.objectStore('notes').get(x.id)));
  for (const t of data.talks ?? []) void tx.objectStore('talks').put(t);
  void putNotes(tx, notes.map((after, i) => ({ before: before[i], after })));
  for (const c of data.conferences ?? []) void tx.objectStore('conferences').put(c);
  for (const m of data.marks ?? []) void tx.objectStore('marks').put(m);
  await tx.done;
  return db;
}

/** The store's records sorted by id: two stores holding the same data compare equal. */
export async function contents(db: Db): Promise<Dataset> {
  const d = await readDataset(db);
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { talks: byId(d.talks), notes: byId(d.notes), conferences: byId(d.conferences), marks: byId(d.marks) };
}
