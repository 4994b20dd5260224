import browser from 'webextension-polyfill';
import { PAGE_SCRIPT } from '@/utils/background/action';

/** The toolbar button's menu item: allow the page script on the current site for good. */
export const ALWAYS_MENU_ID = 'always-on-site';
const SCRIPT_PREFIX = 'site:';

/** `https://conf.example/*` for a page address; null for anything but a web page. */
export function originPattern(pageUrl: string | undefined): string | null {
  if (!pageUrl) return null;
  try {
    const u = new URL(pageUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export interface AlwaysDeps {
  /** Host patterns the user granted (optional_host_permissions). */
  granted: () => Promise<string[]>;
  /** Ids of the scripts registered at run time. */
  registered: () => Promise<string[]>;
  register: (id: string, pattern: string) => Promise<void>;
  unregister: (ids: string[]) => Promise<void>;
}

export const browserAlwaysDeps: AlwaysDeps = {
  granted: async () => (await browser.permissions.getAll()).origins ?? [],
  registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  register: (id, pattern) =>
    browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: [PAGE_SCRIPT.slice(1)], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]),
  unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
};

/**
 * Makes the registered page scripts match the sites the user allowed: one script per granted
 * site, none for a site whose permission was taken back (in the browser's own settings too).
 */
export async function syncAlwaysSites(deps: AlwaysDeps = browserAlwaysDeps): Promise<void> {
  const want = new Map((await deps.granted()).filter((p) => /^https?:\/\/[^/*]+\/\*$/.test(p)).map((p) => [SCRIPT_PREFIX + p, p]));
  const have = (await deps.registered()).filter((id) => id.startsWith(SCRIPT_PREFIX));
  const stale = have.filter((id) => !want.has(id));
  if (stale.length > 0) await deps.unregister(stale);
  for (const [id, pattern] of want) if (!have.includes(id)) await deps.register(id, pattern);
}

/** The menu item's click (a user gesture, so the browser may ask): asks for this one site, then runs there. */
export async function allowAlways(tabId: number | undefined, pageUrl: string | undefined, inject: (tabId: number) => Promise<void>): Promise<boolean> {
  const pattern = originPattern(pageUrl);
  if (!pattern) return false;
  const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
  if (!granted) return false;
  await syncAlwaysSites();
  if (tabId !== undefined) await inject(tabId).catch(() => {});
  return true;
}

/** Wires the menu item and keeps the scripts in step with the permissions (background only). */
export function setUpAlways(inject: (tabId: number) => Promise<void>): void {
  browser.runtime.onInstalled.addListener(() => {
    // MV2 (Firefox) names the toolbar button's menu `browser_action`.
    const contexts: ['action'] | ['browser_action'] = browser.runtime.getManifest().manifest_version === 3 ? ['action'] : ['browser_action'];
    browser.contextMenus.create({ id: ALWAYS_MENU_ID, title: 'Always show Talk Notes on this site', contexts });
    void syncAlwaysSites().catch(() => {});
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ALWAYS_MENU_ID) void allowAlways(tab?.id, tab?.url ?? info.pageUrl, inject);
  });
  browser.permissions.onAdded.addListener(() => void syncAlwaysSites().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void syncAlwaysSites().catch(() => {}));
}
