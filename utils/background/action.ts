import browser from 'webextension-polyfill';
import { reachesContentScript, sendCommand } from '@/utils/messages/push';
import type { CommandEvent } from '@/utils/messages/events';
import { pageMayHoldVideo } from '@/utils/sites/probe';
import { openLibraryTab } from '@/utils/background/open-library';
import { whenGranted } from '@/utils/background/when-granted';
import { callLoaderHook } from '@/utils/background/loader-handlers';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The page's loader (entrypoints/video.content), injected on demand; it brings the sidebar when told. */
export const PAGE_SCRIPT = '/content-scripts/video.js';

export interface ActionDeps {
  /** Whether the tab's top frame has the sidebar (it listens for messages; a loader does not). */
  reaches: (tabId: number) => Promise<boolean>;
  /** The command to the sidebar. */
  command: (tabId: number, name: CommandEvent['name']) => Promise<void>;
  /** The command to the tab's loader, before the sidebar is there; false where none took it. */
  tellLoader: (tabId: number, name: CommandEvent['name']) => Promise<boolean>;
  /** Whether the tab's page (or an accessible frame) may show a recording; false where scripts may not run. */
  holdsVideo: (tabId: number) => Promise<boolean>;
  inject: (tabId: number) => Promise<void>;
  openLibrary: () => Promise<void>;
  wait?: (ms: number) => Promise<void>;
}

export const browserActionDeps: ActionDeps = {
  reaches: reachesContentScript,
  command: sendCommand,
  tellLoader: async (tabId, name) => (await callLoaderHook(tabId, ['command', [name]])) === true,
  async holdsVideo(tabId) {
    try {
      const results = await whenGranted(() => browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: pageMayHoldVideo }), sleep);
      return results.some((r) => r.result === true);
    } catch {
      return false; // a browser page, the web store, or a page we were not given
    }
  },
  async inject(tabId) {
    // Every frame we may enter: a same-origin player frame gets its reporter; frames of the
    // known players already run it from the manifest.
    await whenGranted(() => browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [PAGE_SCRIPT] }), sleep);
  },
  openLibrary: () => openLibraryTab(),
};

/**
 * The toolbar button and the shortcuts. A tab with the sidebar gets the command, a tab with
 * only the loader has the loader take it (it brings the sidebar); a page with a video gets the
 * loader (activeTab lets us in just this once); any other tab opens the library.
 */
export async function onUserAction(tabId: number | undefined, name: CommandEvent['name'], deps: ActionDeps = browserActionDeps): Promise<void> {
  if (tabId === undefined) return deps.openLibrary();
  const deliver = async () => {
    if (await deps.reaches(tabId)) return deps.command(tabId, name).then(() => true);
    return deps.tellLoader(tabId, name);
  };
  if (await deliver()) return;
  if (!(await deps.holdsVideo(tabId))) return deps.openLibrary();
  await deps.inject(tabId);
  // The injected script is the page's loader: every command, the toolbar's toggle too, is
  // delivered once it is there, and brings the sidebar.
  const wait = deps.wait ?? sleep;
  for (let i = 0; i < 20; i++) {
    if (await deliver()) return;
    await wait(100);
  }
}
