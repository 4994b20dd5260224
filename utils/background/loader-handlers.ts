import browser from 'webextension-polyfill';
import type { LOADER_REQUESTS } from '@/utils/messages/loader';
import type { Handlers } from '@/utils/messages/server';
import { recordingKnown } from '@/utils/store/recording-known';
import type { HandlerDeps } from '@/utils/background/handler-deps';

/** The sidebar's built file (entrypoints/sidebar.ts), run on demand in a page's content-script world. */
export const SIDEBAR_SCRIPT = '/sidebar.js';

/** The frame agent's built file (entrypoints/frame-agent.ts), run on demand in a frame that may hold the player. */
export const FRAME_AGENT_SCRIPT = '/frame-agent.js';

/** Runs one of the on-demand files in one frame of a tab, beside the loader that asked (same isolated world). */
export async function injectFile(tabId: number, frameId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

/** Options → "Open the sidebar on every video"; the sidebar checks the settings whole, a plain `true` is all that counts here. */
async function wantsEveryVideo(): Promise<boolean> {
  const got = (await browser.storage.local.get('settings')).settings as { everyVideo?: unknown } | undefined;
  return got?.everyVideo === true;
}

/** The loaders' questions: is the sidebar wanted here, and the code of the sidebar or of the frame agent. */
export function createLoaderHandlers(deps: HandlerDeps): Handlers<typeof LOADER_REQUESTS> {
  const inject = deps.injectFile ?? injectFile;
  return {
    'loader.known': async ({ recording }) => (await wantsEveryVideo()) || recordingKnown(await deps.db(), recording),
    'loader.sidebar': async (_payload, sender) => {
      // The contract let only a content script in a tab through (messages/request.ts).
      await inject(sender.tab!.id!, sender.frameId!, SIDEBAR_SCRIPT);
      return null;
    },
    'loader.frame': async (_payload, sender) => {
      // Only a frame of a tab gets here (messages/request.ts).
      await inject(sender.tab!.id!, sender.frameId!, FRAME_AGENT_SCRIPT);
      return null;
    },
  };
}
