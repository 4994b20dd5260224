/**
 * Chromium grants activeTab in the browser at the click, and tells the page's renderer a moment
 * later; a script sent in between is refused by the renderer with this message (seen under load
 * on a toolbar click: the page with a video got the library instead of the sidebar).
 */
const NOT_YET_GRANTED = /Cannot access contents of the page\b/;

/** `run` (a script sent into the tab just granted), sent again a few times while the renderer has not yet heard of the grant. */
export async function whenGranted<T>(run: () => Promise<T>, wait: (ms: number) => Promise<void>, tries = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries || !NOT_YET_GRANTED.test(error instanceof Error ? error.message : String(error))) throw error;
      await wait(25 * attempt);
    }
  }
}
