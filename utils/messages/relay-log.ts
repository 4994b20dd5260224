/**
 * What a failed frame-relay call leaves behind: a line in the console. The relay's calls may
 * fail for ordinary reasons (a frame navigated away), so they never throw at the user, but
 * swallowing them silently once hid a real bug (Firefox frame ids refused by the validator).
 */
export function relayFailed(what: string): (error: unknown) => void {
  return (error) => console.warn(`Talk Notes: ${what} failed:`, error instanceof Error ? error.message : error);
}

/**
 * The browser's words when a tab or frame has no content script of ours to take a message
 * (Chromium and Firefox alike): an ordinary outcome of pushing to every frame, not a failure.
 */
const NO_RECEIVER = /Receiving end does not exist/;

/** Like relayFailed, for a push to tabs and frames: quiet only where nobody of ours listens. */
export function pushFailed(what: string): (error: unknown) => void {
  const log = relayFailed(what);
  return (error) => {
    if (!NO_RECEIVER.test(error instanceof Error ? error.message : String(error))) log(error);
  };
}
