/**
 * When to sync: a few seconds after a change (debounced), on the periodic alarm, and at once
 * on "Sync now". One sync at a time; a request during one runs once more after it. After a
 * failure the next automatic try waits longer each time (with jitter, so devices do not
 * retry in step); errors only a person can cure (password, passphrase, access) stop
 * automatic tries until "Sync now" or new settings.
 */
import { NEEDS_PERSON, SyncError, type SyncErrorKind } from '@/utils/sync/errors';
import type { SyncReport } from '@/utils/sync/engine';

export interface SyncStatus {
  /** `waiting`: backing off after a failure; `stopped`: needs the person (see lastError). */
  state: 'idle' | 'syncing' | 'waiting' | 'stopped';
  /** When the last sync ended well, by this device's clock: for showing only. */
  lastSyncAt: number | null;
  pendingChanges: number;
  lastError: { kind: SyncErrorKind; message: string } | null;
  /** When the next automatic try is due while waiting. */
  nextAttemptAt: number | null;
}

export interface SchedulerDeps {
  sync(): Promise<SyncReport>;
  pendingCount(): Promise<number>;
  onStatus?(status: SyncStatus): void;
  now?(): number;
  /** 0 ≤ x < 1, for jitter. */
  random?(): number;
}

export const DEBOUNCE_MS = 5_000;
export const FIRST_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 30 * 60_000;

export class SyncScheduler {
  private current: SyncStatus = { state: 'idle', lastSyncAt: null, pendingChanges: 0, lastError: null, nextAttemptAt: null };
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly deps: SchedulerDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  status(): SyncStatus {
    return { ...this.current };
  }

  /** A local record was written. */
  changed(): void {
    void this.deps.pendingCount().then((n) => this.set({ pendingChanges: n }));
    if (this.current.state === 'idle' || this.current.state === 'syncing') this.schedule(DEBOUNCE_MS);
  }

  /** The periodic alarm fired. */
  tick(): void {
    const due = this.current.nextAttemptAt;
    if (this.current.state === 'stopped' || (due !== null && this.now() < due)) return;
    void this.run();
  }

  /** The person asked; runs at once whatever the backoff, and resolves with the status after it. */
  async syncNow(): Promise<SyncStatus> {
    this.failures = 0;
    await this.run();
    return this.status();
  }

  /** New settings: whatever stopped sync may be cured. */
  settingsChanged(): void {
    this.failures = 0;
    this.set({ state: 'idle', lastError: null, nextAttemptAt: null });
    this.schedule(0);
  }

  /** Stops the timer (sync switched off, worker going away). */
  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.dispose();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private run(): Promise<void> {
    if (this.running !== null) {
      this.again = true;
      return this.running.then(() => this.running ?? undefined);
    }
    this.dispose();
    this.running = this.once().finally(() => {
      this.running = null;
      if (this.again && this.current.state === 'idle') {
        this.again = false;
        void this.run();
      }
    });
    return this.running;
  }

  private async once(): Promise<void> {
    this.again = false;
    this.set({ state: 'syncing' });
    try {
      const report = await this.deps.sync();
      this.failures = 0;
      const problem = report.problems[0];
      this.set({
        state: 'idle',
        lastSyncAt: this.now(),
        lastError: problem ? { kind: problem.kind, message: problem.message } : null,
        nextAttemptAt: null,
      });
    } catch (e) {
      const error = e instanceof SyncError ? e : new SyncError('server', `Sync failed: ${(e as Error)?.message ?? String(e)}. Sync will try again.`);
      const lastError = { kind: error.kind, message: error.message };
      if (NEEDS_PERSON.has(error.kind)) {
        this.set({ state: 'stopped', lastError, nextAttemptAt: null });
      } else {
        const delay = this.backoff(++this.failures);
        this.set({ state: 'waiting', lastError, nextAttemptAt: this.now() + delay });
        this.schedule(delay);
      }
    }
    this.set({ pendingChanges: await this.deps.pendingCount().catch(() => this.current.pendingChanges) });
  }

  private backoff(failures: number): number {
    const base = Math.min(FIRST_BACKOFF_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
    return Math.round(base * (0.8 + 0.4 * this.random()));
  }

  private set(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    this.deps.onStatus?.(this.status());
  }
}
