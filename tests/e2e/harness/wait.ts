export interface WaitOptions {
  /** Milliseconds before giving up; default 5000. */
  timeout?: number;
  /** Milliseconds between checks; default 50. */
  interval?: number;
}

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

/**
 * Polls `check` until it returns something other than undefined/false/null, and returns
 * that. On timeout the error says what was awaited and what `check` last threw.
 */
export async function until<T>(
  what: string,
  check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  { timeout = 5000, interval = 50 }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${cause}`);
    }
    await sleep(interval);
  }
}
