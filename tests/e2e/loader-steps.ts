// The loader's own checks: whether the sidebar's code ran in a page. Opening the sidebar as a
// person does (the "Open Talk notes" control) is core-steps' openSidebar.
import type { BrowserPage as Page } from './harness/types';
import type { E2eEnv } from './harness/session';

/**
 * Whether the sidebar's code ran in `page`'s content-script world: its start marks the loader's
 * handoff there, out of the page's reach; asked through the background with a one-line script.
 */
export async function sidebarCodeLoaded(env: E2eEnv, page: Page): Promise<boolean> {
  const url = page.url();
  const bg = await env.browser.serviceWorker();
  return bg.evaluate(async (address) => {
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
        func: () => ({
          href: location.href,
          taken: (globalThis as unknown as { __talkNotesHandoff?: { taken?: boolean } }).__talkNotesHandoff?.taken === true,
        }),
      }).catch(() => []);
      const found = results.find((r) => (r.result as { href?: string } | undefined)?.href === address);
      if (found) return (found.result as { taken: boolean }).taken;
    }
    throw new Error(`no tab at ${address} the extension may enter`);
  }, url);
}
