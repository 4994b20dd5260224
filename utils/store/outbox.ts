/**
 * The sync outbox: which records this device wrote that no sync has sent yet. Every local write
 * of a talk, note, conference or mark adds its records here in the same transaction, under a
 * counter kept in the same store; a sync sends what is listed, then acknowledges up to the
 * counter it read, so a write made meanwhile stays listed. Never "updated since a time": a
 * clock set back would hide edits. Records merged from the server are not listed.
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Dataset } from '@/utils/model/dataset';
import type { Db, OutboxEntry, TalkNotesDB, WriteTx } from '@/utils/store/schema';

export const OUTBOX = 'syncOutbox' as const;
/** The one value in the outbox that lists no record: the last counter given. */
const COUNTER = '#counter';

type Kind = keyof Dataset;
const KINDS: readonly Kind[] = ['talks', 'notes', 'conferences', 'marks'];
type OutboxTx = IDBPTransaction<TalkNotesDB, [typeof OUTBOX], 'readwrite' | 'versionchange'>;

/** Schema step 9, whole in one place: the outbox, by counter. Empty: a first sync sends everything held. */
export function addSyncOutbox(db: IDBPDatabase<TalkNotesDB>): void {
  db.createObjectStore(OUTBOX, { keyPath: 'key' }).createIndex('byCounter', 'counter');
}

/**
 * Asks, in the caller's write transaction (spanning OUTBOX), for the last counter given. A write
 * that knows it will list records asks beside its own first reads (saveNote): reading it only
 * when listing cost another trip to the browser's database before the transaction could commit.
 */
export function outboxCounter(writer: WriteTx): Promise<number> {
  const read = (writer as unknown as OutboxTx).objectStore(OUTBOX).get(COUNTER).then((last) => (last && 'last' in last ? last.last : 0));
  read.catch(() => {}); // an aborted transaction rejects it; whoever lists records sees that, nobody else should
  return read;
}

/**
 * Lists written records in the caller's write transaction, which must span OUTBOX; `last` is the
 * counter read by `outboxCounter` in the same transaction. Returns the write for `committed()`.
 */
export async function queueOutbox(writer: WriteTx, written: Partial<Dataset>, last?: Promise<number>): Promise<void> {
  const entries = KINDS.flatMap((kind) => (written[kind] ?? []).map((r) => ({ kind, id: r.id })));
  if (entries.length === 0) return;
  const store = (writer as unknown as OutboxTx).objectStore(OUTBOX);
  const counter = (await (last ?? outboxCounter(writer))) + 1;
  // One counter for the whole transaction: a sync sees all of it or none.
  await Promise.all([
    store.put({ key: COUNTER, last: counter }),
    ...entries.map(({ kind, id }) => store.put({ key: `${kind} ${id}`, kind, id, counter } satisfies OutboxEntry)),
  ]);
}

/** The records listed and the counter they reach (0: none), read in one transaction. */
export async function readOutbox(db: Db): Promise<{ records: Dataset; mark: number }> {
  const tx = db.transaction([OUTBOX, ...KINDS], 'readonly');
  // The index lists entries only: the counter's value has no `counter`.
  const entries = (await tx.objectStore(OUTBOX).index('byCounter').getAll()) as OutboxEntry[];
  const found = await Promise.all(entries.map((e) => tx.objectStore(e.kind).get(e.id as never)));
  await tx.done;
  const records: Dataset = { talks: [], notes: [], conferences: [], marks: [] };
  let mark = 0;
  entries.forEach((e, i) => {
    mark = Math.max(mark, e.counter);
    const record = found[i];
    if (record !== undefined) (records[e.kind] as unknown[]).push(record);
  });
  return { records, mark };
}

/** Forgets the entries listed at or before `mark`: they are on the server. */
export async function acknowledgeOutbox(db: Db, mark: number): Promise<void> {
  const tx = db.transaction(OUTBOX, 'readwrite');
  if ((await tx.store.index('byCounter').count(IDBKeyRange.lowerBound(mark, true))) === 0) {
    // Nothing written since the sync read the outbox (the usual case, and a first sync's tens of
    // thousands of entries): emptied at once, the counter kept, instead of entry by entry.
    const counter = await tx.store.get(COUNTER);
    await tx.store.clear();
    if (counter) await tx.store.put(counter);
    await tx.done;
    return;
  }
  let cursor = await tx.store.index('byCounter').openCursor(IDBKeyRange.upperBound(mark));
  while (cursor) {
    await cursor.delete();
    cursor = await cursor.continue();
  }
  await tx.done;
}

/** How many records wait to be sent. */
export function countOutbox(db: Db): Promise<number> {
  return db.countFromIndex(OUTBOX, 'byCounter');
}
