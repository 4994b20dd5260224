import type { LocalRecords, SyncState, SyncStateStore } from '@/utils/sync/local';
import type { RemoteFiles } from '@/utils/sync/remote';

/** What one sync works with; `state` is saved on every step, so a sync cut anywhere resumes. */
export class SyncContext {
  /** Bytes of slides' images sent in this sync (beside the files, whose sizes are kept per file). */
  slideBytesSent = 0;
  /** Images this sync tried to fetch already: each is tried once a sync. */
  readonly slidesTried = new Set<string>();

  constructor(
    readonly remote: RemoteFiles,
    readonly local: LocalRecords,
    readonly key: CryptoKey | null,
    public state: SyncState,
    private readonly store: SyncStateStore,
    /** Files known to be damaged on the server (path:size), not to be read again. */
    readonly damaged: Set<string>,
    /** Below this many bytes of changes a snapshot is not worth writing. */
    readonly compactMinBytes: number,
  ) {}

  async update(patch: Partial<SyncState>): Promise<void> {
    this.state = { ...this.state, ...patch };
    await this.store.save(this.state);
  }
}
