// Headless Chromium with the built extension, real site host names mapped to the fixture
// server. One browser at a time: the machine has two cores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { killBrowser } from './crash';
import { chromiumArgs } from '../../../scripts/lib/chromium.mjs';
import { CHROME_EXTENSION_DIR, chromeExtensionIdFor } from './paths';
import { serviceWorkerControl } from './service-worker';
import type { ExtensionBrowser } from './types';
import { openUi } from './ui';
import { until } from './wait';

/** What reset() uses of the extension's APIs, in one of its pages. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>>; clear(): Promise<void> }; session: { clear(): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]>; unregisterContentScripts(): Promise<void> };
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(p: { origins: string[] }): Promise<boolean> };
  runtime: { getManifest(): { content_scripts?: { matches?: string[] }[]; host_permissions?: string[] } };
};

/**
 * Runs in an extension page: removes what the extension stored (databases, storage, registered
 * scripts, sites granted), as uninstalling would, and returns what is left (nothing, or it failed).
 */
async function clearExtension(): Promise<string[]> {
  const manifest = chrome.runtime.getManifest();
  // The browser lists a granted pattern by its origin (`*://player.vimeo.com/*` for the manifest's
  // `*://player.vimeo.com/video/*`): compared by scheme and host, required ones are never removed.
  const originOf = (pattern: string) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
  const declared = new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])].map(originOf));
  const optional = async () => ((await chrome.permissions.getAll()).origins ?? []).filter((o) => !declared.has(originOf(o)));
  for (const { name } of await indexedDB.databases()) {
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name!);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error(`database ${name} is still open`));
    });
  }
  await chrome.storage.local.clear();
  await chrome.storage.session.clear();
  if ((await chrome.scripting.getRegisteredContentScripts()).length) await chrome.scripting.unregisterContentScripts();
  const granted = await optional();
  if (granted.length) await chrome.permissions.remove({ origins: granted });
  const [stored, databases, scripts, still] = await Promise.all([
    chrome.storage.local.get(null), indexedDB.databases(), chrome.scripting.getRegisteredContentScripts(), optional(),
  ]);
  return [...Object.keys(stored), ...databases.map((d) => `database ${d.name}`), ...scripts.map((s) => `script ${s.id}`), ...still.map((o) => `access to ${o}`)];
}

/** Hosts sent to the fixture server unless a test names others. */
export const MAPPED_HOSTS = ['www.youtube.com', 'm.youtube.com', 'youtube.com', 'youtu.be'] as const;

// The flags live with the scripts (`npm start`, bench) so every launch maps hosts the same way.
export { chromiumArgs };

export interface ChromiumOptions {
  /** Port of the fixture server that the mapped hosts resolve to. */
  serverPort: number;
  hosts?: readonly string[];
  extensionDir?: string;
  /** Reuse a profile (kept on close); by default a fresh one is made and removed on close. */
  profileDir?: string;
  /** Default: headless unless HEADED=1. */
  headless?: boolean;
  args?: readonly string[];
}

export interface ChromiumSession extends ExtensionBrowser<Page, Worker> {
  /** Changes on restart(). */
  readonly context: BrowserContext;
  readonly profileDir: string;
  /** Something was changed that reset() cannot undo: the next file gets a new browser. */
  notReusable(reason: string): void;
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'talk-notes-chromium-'));
  const extensionId = chromeExtensionIdFor(extensionDir);
  const origin = `chrome-extension://${extensionId}`;
  const hosts = options.hosts ?? MAPPED_HOSTS;
  const args = [...chromiumArgs(extensionDir, options.serverPort, hosts), ...(options.args ?? [])];

  let context!: BrowserContext;
  let browserCdp!: CDPSession;
  let workers!: ReturnType<typeof serviceWorkerControl>;

  async function open() {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: '/usr/bin/chromium',
      headless: options.headless ?? process.env.HEADED !== '1',
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 800 },
      args,
    });
    browserCdp = await context.browser()!.newBrowserCDPSession();
    workers = serviceWorkerControl(context, browserCdp, extensionId);
    // The worker runs at startup; its URL proves the extension loaded under the id we computed.
    const worker = await workers.get();
    if (!worker.url().startsWith(origin)) throw new Error(`extension loaded as ${worker.url()}, expected ${origin}`);
  }

  /** The tab target (not the page target) is what Extensions.triggerAction accepts. */
  async function tabTargetOf(page: Page): Promise<string> {
    await page.bringToFront();
    return until('the active tab target', async () => {
      const { targetInfos } = await browserCdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const embedded = (t: (typeof targetInfos)[number]) => t.embedderData as { tabActive?: boolean } | undefined;
      return targetInfos.find((t) => embedded(t)?.tabActive && t.url === page.url())?.targetId;
    });
  }

  let notReusable: string | undefined;
  await open();
  return {
    notReusable(reason) {
      notReusable = reason;
    },
    get context() {
      return context;
    },
    extensionId,
    profileDir,
    extensionUrl: (path = '') => `${origin}/${path.replace(/^\//, '')}`,
    async newPage(url) {
      const page = await context.newPage();
      if (url) await page.goto(url);
      return page;
    },
    ui: (page) => openUi(page),
    serviceWorker: (timeout) => workers.get(timeout),
    isServiceWorkerRunning: () => workers.isRunning(),
    stopServiceWorker: () => workers.stop(),
    startServiceWorker: () => workers.start(),
    async triggerAction(page) {
      // A person clicks once the browser is up: the extension's worker has run its script.
      await workers.get();
      await browserCdp.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTargetOf(page) });
    },
    async restart() {
      await context.close();
      await open();
    },
    async reset() {
      if (notReusable) throw new Error(notReusable);
      for (const page of context.pages()) await page.close();
      // A stopped worker holds no database open and forgets what it kept in memory.
      await workers.stop();
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/manifest.json`);
        const left = await page.evaluate(clearExtension);
        if (left.length) throw new Error(`the extension kept ${left.join(', ')}`);
        // The Storage domain answers on a page's session, not the browser's.
        const cdp = await context.newCDPSession(page);
        for (const host of hosts) await cdp.send('Storage.clearDataForOrigin', { origin: `https://${host}`, storageTypes: 'all' });
      } finally {
        await page.close();
      }
      await workers.start();
    },
    async kill() {
      await killBrowser(profileDir);
      await context.close().catch(() => {}); // lets Playwright forget the dead browser
      await open();
    },
    async close() {
      await context.close();
      // Chromium may still be flushing the profile as it exits; retry instead of leaving it behind.
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
