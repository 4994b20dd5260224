import browser from 'webextension-polyfill';
import type { LOADER_REQUESTS } from '@/utils/messages/loader';
import type { Handlers } from '@/utils/messages/server';
import { recordingKnown } from '@/utils/store/recording-known';
import type { HandlerDeps } from '@/utils/background/handler-deps';

/** The sidebar's built file (entrypoints/sidebar.ts), run on demand in a page's content-script world. */
export const SIDEBAR_SCRIPT = '/sidebar.js';

/** Runs the sidebar's file in one frame of a tab, beside the loader that asked (same isolated world). */
export async function injectSidebar(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SIDEBAR_SCRIPT] });
}

/** The loader's two questions: is the sidebar wanted here, and its code. */
export function createLoaderHandlers(deps: HandlerDeps): Handlers<typeof LOADER_REQUESTS> {
  const inject = deps.injectSidebar ?? injectSidebar;
  return {
    'loader.known': async ({ recording }) => recordingKnown(await deps.db(), recording),
    'loader.sidebar': async (_payload, sender) => {
      // The contract let only a content script in a tab through (messages/request.ts).
      await inject(sender.tab!.id!, sender.frameId!);
      return null;
    },
  };
}
