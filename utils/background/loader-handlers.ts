import browser from 'webextension-polyfill';
import type { LOADER_REQUESTS } from '@/utils/messages/loader';
import type { Handlers } from '@/utils/messages/server';
import { recordingKnown } from '@/utils/store/recording-known';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import type { TalkId } from '@/utils/model/ids';
import type { Db } from '@/utils/store/schema';
import { LOADER_HOOK_KEY, type LoaderHook } from '@/utils/messages/loader-hook';
import { recordingAtAddress, sameOrigin } from '@/utils/background/loader-address';

/** The sidebar's built file (entrypoints/sidebar.ts), run on demand in a page's content-script world. */
export const SIDEBAR_SCRIPT = '/sidebar.js';

/** The frame agent's built file (entrypoints/frame-agent.ts), run on demand in a frame that may hold the player. */
export const FRAME_AGENT_SCRIPT = '/frame-agent.js';

/** The notes' Markdown parser's built file (entrypoints/note-parser.ts), run beside the sidebar where notes are drawn. */
export const PARSER_SCRIPT = '/note-parser.js';

/** Runs on-demand files, in order, in one frame of a tab, beside the loader that asked (same isolated world). */
export async function injectFiles(tabId: number, frameId: number, files: string[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
}

/** Options → "Open the sidebar on every video"; the sidebar checks the settings whole, a plain `true` is all that counts here. */
async function wantsEveryVideo(): Promise<boolean> {
  const got = (await browser.storage.local.get('settings')).settings as { everyVideo?: unknown } | undefined;
  return got?.everyVideo === true;
}

/** Whether the sidebar comes by itself on a recording: the person's notes on it (or its parts, a draft, a marked start), or every video chosen. */
export async function sidebarWanted(db: Db, recording: TalkId): Promise<boolean> {
  return (await wantsEveryVideo()) || recordingKnown(db, recording);
}

type HookCall = { [M in keyof LoaderHook]: [M, Parameters<LoaderHook[M]>] }[keyof LoaderHook];

/**
 * Calls the loader's hook in a tab's top frame (the content scripts' world, where the loader
 * left it): what it answered, or null where no loader listens (none there, the sidebar took
 * over, or a page we may not enter).
 */
export async function callLoaderHook(tabId: number, [method, args]: HookCall): Promise<boolean | null> {
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      // Run in the page: it must name nothing outside itself.
      func: (key: string, name: string, params: unknown[]) => {
        const hook = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown> | undefined>)[key];
        return hook ? hook[name]!(...params) === true : null;
      },
      args: [LOADER_HOOK_KEY, method, args],
    });
    return typeof result?.result === 'boolean' ? result.result : null;
  } catch {
    return null;
  }
}

/** The loaders' questions: what the page shows and whether the sidebar is wanted there, and the code of the sidebar, its parser or the frame agent. */
export function createLoaderHandlers(deps: HandlerDeps): Handlers<typeof LOADER_REQUESTS> {
  const inject = deps.injectFiles ?? injectFiles;
  /** Whether the sidebar about to come will draw notes: the parser then comes before it, so no line shows unparsed first. */
  const drawsNotes = async (address: string | undefined): Promise<boolean> => {
    const recording = address === undefined ? undefined : recordingAtAddress(address);
    return recording ? recordingKnown(await deps.db(), recording).catch(() => false) : false;
  };
  return {
    'loader.here': async ({ address }, sender) => {
      // The page may move itself to any address of its own site (history.pushState), so its
      // site is all the browser can vouch for; sender.url itself may still name the address
      // the page loaded at.
      if (!sameOrigin(address, sender.url)) throw new Error('refused: the address is not of the sender’s site');
      const recording = recordingAtAddress(address) ?? null;
      return { recording, wanted: recording !== null && (await sidebarWanted(await deps.db(), recording)) };
    },
    'loader.sidebar': async (_payload, sender) => {
      // The contract let only a content script in a tab through (messages/request.ts).
      await inject(sender.tab!.id!, sender.frameId!, (await drawsNotes(sender.url)) ? [PARSER_SCRIPT, SIDEBAR_SCRIPT] : [SIDEBAR_SCRIPT]);
      return null;
    },
    'loader.parser': async (_payload, sender) => {
      await inject(sender.tab!.id!, sender.frameId!, [PARSER_SCRIPT]);
      return null;
    },
    'loader.frame': async (_payload, sender) => {
      // Only a frame of a tab gets here (messages/request.ts).
      await inject(sender.tab!.id!, sender.frameId!, [FRAME_AGENT_SCRIPT]);
      return null;
    },
  };
}
