/**
 * What the background calls in a page's loader, with a one-line function it runs there
 * (scripting.executeScript, the content scripts' world): the page's scripts never see it, and
 * the loader needs no `runtime.onMessage` listener at load.
 */
export interface LoaderHook {
  /** A browser command (a shortcut, the toolbar button); false once the sidebar took over. */
  command(name: string): boolean;
}

/** Where the loader leaves its hook in the content scripts' world; the background's functions name it literally. */
export const LOADER_HOOK_KEY = '__talkNotesLoaderHook';
