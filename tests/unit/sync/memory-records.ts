/**
 * LocalRecords and SyncStateStore in memory, as the store would keep them: a record written
 * here goes into an outbox under a local counter (never a time); records merged from the
 * server do not.
 */
import type { Dataset } from '@/utils/model/dataset';
import { mergeRecord } from '@/utils/store/merge';
import type { LocalRecords, LocalSlides, SyncState, SyncStateStore } from '@/utils/sync/local';

type Kind = keyof Dataset;
const KINDS: Kind[] = ['talks', 'notes', 'conferences', 'marks'];
type AnyRecord = Dataset[Kind][number];

export class MemoryRecords implements LocalRecords {
  readonly byKind = new Map<Kind, Map<string, AnyRecord>>(KINDS.map((k) => [k, new Map()]));
  /** `kind id` → the counter value of its last local write. */
  private readonly outbox = new Map<string, number>();
  private counter = 0;
  /** The slides' images by image id (deleted ones are kept as the store keeps them). */
  readonly images = new Map<string, { bytes: Uint8Array<ArrayBuffer>; deleted: boolean }>();
  readonly slides: LocalSlides = {
    read: async (id) => {
      const image = this.images.get(id);
      return image && !image.deleted ? image.bytes : null;
    },
    held: async (ids) => new Set(ids.filter((id) => this.images.has(id))),
    keep: async (image, bytes) => {
      if (!this.images.has(image.id)) this.images.set(image.id, { bytes, deleted: image.deletedAt !== undefined });
    },
  };

  /** A write made on this device (the sidebar's save). */
  write<K extends Kind>(kind: K, record: Dataset[K][number]): void {
    this.byKind.get(kind)!.set(record.id, record);
    this.outbox.set(`${kind} ${record.id}`, ++this.counter);
  }

  get<K extends Kind>(kind: K, id: string): Dataset[K][number] | undefined {
    return this.byKind.get(kind)!.get(id) as Dataset[K][number] | undefined;
  }

  async pending(): Promise<{ records: Dataset; mark: number }> {
    const records = emptyDataset();
    for (const key of this.outbox.keys()) {
      const [kind, id] = key.split(' ') as [Kind, string];
      (records[kind] as AnyRecord[]).push(this.byKind.get(kind)!.get(id)!);
    }
    return { records, mark: this.counter };
  }

  async acknowledge(mark: number): Promise<void> {
    for (const [key, at] of this.outbox) if (at <= mark) this.outbox.delete(key);
  }

  async pendingCount(): Promise<number> {
    return this.outbox.size;
  }

  async all(): Promise<Dataset> {
    const out = emptyDataset();
    for (const k of KINDS) (out[k] as AnyRecord[]).push(...this.byKind.get(k)!.values());
    return out;
  }

  async merge(incoming: Dataset): Promise<number> {
    let changed = 0;
    for (const k of KINDS) {
      const map = this.byKind.get(k)!;
      for (const r of incoming[k] as AnyRecord[]) {
        const had = map.get(r.id);
        const winner = had === undefined ? r : mergeRecord<AnyRecord>(had, r);
        if (winner !== had) {
          map.set(r.id, winner);
          changed++;
        }
      }
    }
    return changed;
  }
}

export class MemoryState implements SyncStateStore {
  state: SyncState | null = null;
  saves = 0;
  async load(): Promise<SyncState | null> {
    return this.state && structuredClone(this.state);
  }
  async save(state: SyncState): Promise<void> {
    this.saves++;
    this.state = structuredClone(state);
  }
}

export function emptyDataset(): Dataset {
  return { talks: [], notes: [], conferences: [], marks: [] };
}
