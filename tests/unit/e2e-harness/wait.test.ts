import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { until } from '../../e2e/harness/wait';

/** The moments (ms after the start) at which `until` checks a condition that never holds. */
async function checkTimes(options: { timeout: number; interval?: number }): Promise<{ times: number[]; error: string }> {
  const start = Date.now();
  const times: number[] = [];
  const waiting = until<boolean>('never', () => {
    times.push(Date.now() - start);
    return false;
  }, options).then(() => 'held', (e: Error) => e.message);
  await vi.runAllTimersAsync();
  return { times, error: await waiting };
}

describe('until', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks soon, then less often while the condition stays false, and last at the deadline', async () => {
    expect(await checkTimes({ timeout: 1000 })).toEqual({
      times: [0, 25, 75, 175, 375, 575, 775, 975, 1000],
      error: 'Timed out after 1000 ms waiting for never',
    });
  });

  it('keeps a fast or a slow interval as given', async () => {
    expect((await checkTimes({ timeout: 100, interval: 25 })).times).toEqual([0, 25, 50, 75, 100]);
    expect((await checkTimes({ timeout: 600, interval: 250 })).times).toEqual([0, 250, 500, 600]);
  });

  it('returns the first value that holds', async () => {
    let calls = 0;
    const got = until('the third call', () => (++calls === 3 ? 'three' : false));
    await vi.runAllTimersAsync();
    expect(await got).toBe('three');
    expect(calls).toBe(3);
  });
});
