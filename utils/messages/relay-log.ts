/**
 * What a failed frame-relay call leaves behind: a line in the console. The relay's calls may
 * fail for ordinary reasons (a frame navigated away), so they never throw at the user, but
 * swallowing them silently once hid a real bug (Firefox frame ids refused by the validator).
 */
export function relayFailed(what: string): (error: unknown) => void {
  return (error) => console.warn(`Talk Notes: ${what} failed:`, error instanceof Error ? error.message : error);
}
