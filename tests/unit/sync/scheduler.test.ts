import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncReport } from '@/utils/sync/engine';
import { SyncError } from '@/utils/sync/errors';
import { DEBOUNCE_MS, FIRST_BACKOFF_MS, MAX_BACKOFF_MS, SyncScheduler } from '@/utils/sync/scheduler';

const OK: SyncReport = { filesRead: 0, merged: 0, slidesFetched: 0, pushed: 0, bytesSent: 0, bytesReceived: 0, snapshot: false, problems: [] };

/** A scheduler over a sync that answers from `results` in turn (an Error is thrown), counting calls. */
function setUp(results: (SyncReport | Error)[]) {
  const calls: number[] = [];
  let pending = 3;
  const scheduler = new SyncScheduler({
    sync: async () => {
      calls.push(Date.now());
      const r = results.shift() ?? OK;
      if (r instanceof Error) throw r;
      pending = 0;
      return r;
    },
    pendingCount: async () => pending,
    random: () => 0.5,
  });
  return { scheduler, calls };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SyncScheduler', () => {
  it('syncs once, a few seconds after a burst of changes', async () => {
    const { scheduler, calls } = setUp([]);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(3000);
    scheduler.changed();
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([1_000_000 + 3000 + DEBOUNCE_MS]);
    expect(scheduler.status()).toEqual({ state: 'idle', lastSyncAt: 1_008_000, pendingChanges: 0, lastError: null, nextAttemptAt: null });
  });

  it('backs off longer after each failure, up to half an hour, and the alarm does not cut the wait short', async () => {
    const offline = () => new SyncError('offline', 'Could not reach the server.');
    const { scheduler, calls } = setUp([offline(), offline(), offline(), offline(), offline(), offline(), offline(), offline()]);
    await scheduler.syncNow();
    expect(scheduler.status()).toMatchObject({
      state: 'waiting',
      pendingChanges: 3,
      lastError: { kind: 'offline', message: 'Could not reach the server.' },
      nextAttemptAt: 1_000_000 + FIRST_BACKOFF_MS,
    });
    scheduler.tick();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    for (let i = 0; i < 10; i++) await vi.advanceTimersByTimeAsync(MAX_BACKOFF_MS);
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
    // Eight failures, then the server answers.
    expect(gaps).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 960_000, 1_800_000, 1_800_000]);
    expect(scheduler.status()).toMatchObject({ state: 'idle', lastError: null, pendingChanges: 0 });
  });

  it('stops trying by itself on a wrong password until Sync now or new settings', async () => {
    const { scheduler, calls } = setUp([new SyncError('auth', 'Check the password.', 401)]);
    await scheduler.syncNow();
    expect(scheduler.status()).toMatchObject({ state: 'stopped', lastError: { kind: 'auth', message: 'Check the password.' } });
    scheduler.changed();
    scheduler.tick();
    await vi.advanceTimersByTimeAsync(MAX_BACKOFF_MS);
    expect(calls).toHaveLength(1);
    scheduler.settingsChanged();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(scheduler.status()).toMatchObject({ state: 'idle', lastError: null });
  });

  it('runs one sync at a time, and once more when asked during one', async () => {
    let release: () => void = () => undefined;
    let running = 0;
    let most = 0;
    let count = 0;
    const scheduler = new SyncScheduler({
      sync: async () => {
        count++;
        most = Math.max(most, ++running);
        await new Promise<void>((r) => (release = r));
        running--;
        return OK;
      },
      pendingCount: async () => 0,
    });
    const first = scheduler.syncNow();
    await vi.advanceTimersByTimeAsync(0);
    const second = scheduler.syncNow();
    const third = scheduler.syncNow();
    release();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second, third]);
    expect({ count, most }).toEqual({ count: 2, most: 1 });
  });

  it('shows another device’s damaged file as the last error of a sync that went on', async () => {
    const damaged = new SyncError('damaged', 'The file x on the server is incomplete or damaged.');
    const { scheduler } = setUp([{ ...OK, problems: [damaged] }]);
    expect(await scheduler.syncNow()).toMatchObject({ state: 'idle', lastError: { kind: 'damaged', message: damaged.message } });
  });
});
