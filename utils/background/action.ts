import browser from 'webextension-polyfill';
import { reachesContentScript, sendCommand } from '@/utils/messages/push';
import type { CommandEvent } from '@/utils/messages/events';
import { pageMayHoldVideo } from '@/utils/sites/probe';
import { openLibraryTab } from '@/utils/background/open-library';
import { whenGranted } from '@/utils/background/when-granted';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The page's loader (entrypoints/video.content), injected on demand; it brings the sidebar when told. */
export const PAGE_SCRIPT = '/content-scripts/video.js';

export interface ActionDeps {
  reaches: (tabId: number) => Promise<boolean>;
  command: (tabId: number, name: CommandEvent['name']) => Promise<void>;
  /** Whether the tab's page (or an accessible frame) may show a recording; false where scripts may not run. */
  holdsVideo: (tabId: number) => Promise<boolean>;
  inject: (tabId: number) => Promise<void>;
  openLibrary: () => Promise<void>;
  wait?: (ms: number) => Promise<void>;
}

export const browserActionDeps: ActionDeps = {
  reaches: reachesContentScript,
  command: sendCommand,
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
 * The toolbar button and the shortcuts. A tab with the sidebar gets the command; a page with a
 * video gets the sidebar (activeTab lets us in just this once); any other tab opens the library.
 */
export async function onUserAction(tabId: number | undefined, name: CommandEvent['name'], deps: ActionDeps = browserActionDeps): Promise<void> {
  if (tabId === undefined) return deps.openLibrary();
  if (await deps.reaches(tabId)) return deps.command(tabId, name);
  if (!(await deps.holdsVideo(tabId))) return deps.openLibrary();
  await deps.inject(tabId);
  // The injected script is the page's loader: every command, the toolbar's toggle too, is
  // delivered once it listens, and brings the sidebar.
  const wait = deps.wait ?? sleep;
  for (let i = 0; i < 20; i++) {
    if (await deps.reaches(tabId)) return deps.command(tabId, name);
    await wait(100);
  }
}
