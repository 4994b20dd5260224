// The loader's own checks: whether the sidebar's code ran in a page. Opening the sidebar as a
// person does (the "Open Talk notes" control) is core-steps' openSidebar.
import type { BrowserPage as Page } from './harness/types';
import type { E2eEnv } from './harness/session';

/** What the on-demand files leave in the content scripts' world as they run. */
const MARKS = {
  /** The sidebar's start marks the loader's handoff taken. */
  sidebar: { key: '__talkNotesHandoff', check: 'taken' },
  /** The notes' Markdown parser leaves its function (utils/sidebar/inline-parser.ts). */
  parser: { key: '__talkNotesInlineParser', check: 'function' },
} as const;

/** Whether the sidebar's code ran in `page`'s content-script world. */
export const sidebarCodeLoaded = (env: E2eEnv, page: Page) => codeLoaded(env, page, 'sidebar');

/** Whether the notes' Markdown parser's code ran in `page`'s content-script world. */
export const parserCodeLoaded = (env: E2eEnv, page: Page) => codeLoaded(env, page, 'parser');

/**
 * Whether one of the on-demand files ran in `page`'s content-script world, out of the page's
 * reach: asked through the background with a one-line script that reads what the file leaves.
 */
async function codeLoaded(env: E2eEnv, page: Page, file: keyof typeof MARKS): Promise<boolean> {
  const url = page.url();
  const bg = await env.browser.serviceWorker();
  return bg.evaluate(async ({ address, mark }) => {
    type Api = {
      tabs: { query(q: object): Promise<{ id?: number }[]> };
      scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
    };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    // Without the tabs permission a tab's address is not told: each tab's frame says its own.
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      const results = await api.scripting.executeScript({
        target: { tabId: tab.id },
        func: (key: string, check: string) => {
          const left = (globalThis as unknown as Record<string, { taken?: boolean } | undefined>)[key];
          return { href: location.href, ran: check === 'function' ? typeof left === 'function' : left?.taken === true };
        },
        args: [mark.key, mark.check],
      }).catch(() => []);
      const found = results.find((r) => (r.result as { href?: string } | undefined)?.href === address);
      if (found) return (found.result as { ran: boolean }).ran;
    }
    throw new Error(`no tab at ${address} the extension may enter`);
  }, { address: url, mark: MARKS[file] });
}
