/**
 * What the background calls in a page's loader, with a one-line function it runs there
 * (scripting.executeScript, the content scripts' world): the page's scripts never see it.
 */
export interface LoaderHook {
  /**
   * The tab shows `recording` (a talk id; null: no recording), and `wanted` says whether the
   * sidebar comes by itself on it. True when the sidebar's file is to be run in the frame now
   * (the loader left its handoff); the loader shows its control otherwise.
   */
  arrive(recording: string | null, wanted: boolean): boolean;
  /** A browser command (a shortcut, the toolbar button); false once the sidebar took over. */
  command(name: string): boolean;
}

/** Where the loader leaves its hook in the content scripts' world; the background's functions name it literally. */
export const LOADER_HOOK_KEY = '__talkNotesLoaderHook';
