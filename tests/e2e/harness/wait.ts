export interface WaitOptions {
  /** Milliseconds before giving up; default 5000. */
  timeout?: number;
  /**
   * Milliseconds between checks; default 50. Any value from 50 to 200 asks for the backing-off
   * pace: the first checks come 25 ms apart and the pause doubles, up to 200 ms, while the
   * condition stays false, so a quick condition is seen at once and a slow one is not polled (in a
   * busy browser) many times a second. Outside that range (a fast "live" check, a slow download)
   * the pause stays as given.
   */
  interval?: number;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

const FIRST_PAUSE = 25;
const LONGEST_PAUSE = 200;

/** The pauses between checks, one per call. */
function pauses(interval: number): () => number {
  if (interval < 50 || interval > LONGEST_PAUSE) return () => interval;
  let pause = FIRST_PAUSE;
  return () => {
    const now = pause;
    pause = Math.min(pause * 2, LONGEST_PAUSE);
    return now;
  };
}

/**
 * Polls `check` until it returns something other than undefined/false/null, and returns
 * that. The last check is made at the deadline. On timeout the error says what was awaited
 * and what `check` last threw.
 */
export async function until<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeout = 5000, interval = 50 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  const next = pauses(interval);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await sleep(Math.min(next(), left));
  }
}
