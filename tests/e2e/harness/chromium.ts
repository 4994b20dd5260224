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

/** What reset() reads in the extension's worker to prove the reinstall left nothing behind. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  runtime: { getManifest(): { content_scripts?: { matches?: string[] }[]; host_permissions?: string[] } };
};

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
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'talk-notes-chromium-'));
  const extensionId = chromeExtensionIdFor(extensionDir);
  const origin = `chrome-extension://${extensionId}`;
  const hosts = options.hosts ?? MAPPED_HOSTS;
  // Loaded through CDP (Extensions.loadUnpacked), not --load-extension, so reset() can uninstall
  // it; the profile keeps it installed across restart() and kill().
  const args = [
    ...chromiumArgs(extensionDir, options.serverPort, hosts).filter((a) => !a.startsWith('--load-extension=')),
    '--enable-unsafe-extension-debugging',
    ...(options.args ?? []),
  ];

  let context!: BrowserContext;
  let browserCdp!: CDPSession;
  let workers!: ReturnType<typeof serviceWorkerControl>;

  let installed = false;

  async function install() {
    const { id } = await browserCdp.send('Extensions.loadUnpacked', { path: extensionDir });
    if (id !== extensionId) throw new Error(`extension loaded as ${id}, expected ${extensionId}`);
    installed = true;
  }

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
    if (!installed) await install();
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

  await open();
  return {
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
      await browserCdp.send('Extensions.triggerAction', { id: extensionId, targetId: await tabTargetOf(page) });
    },
    async restart() {
      await context.close();
      await open();
    },
    async reset() {
      for (const page of context.pages()) await page.close();
      await browserCdp.send('Extensions.uninstall', { id: extensionId });
      await until('the uninstalled worker to go', async () => !(await workers.isRunning()) && !context.serviceWorkers().some((w) => w.url().startsWith(origin)), { timeout: 10_000, interval: 50 });
      // The Storage domain answers on a page's session, not the browser's.
      const blank = await context.newPage();
      const pageCdp = await context.newCDPSession(blank);
      for (const host of hosts) await pageCdp.send('Storage.clearDataForOrigin', { origin: `https://${host}`, storageTypes: 'all' });
      await blank.close();
      await install();
      const worker = await workers.get();
      const left = await worker.evaluate(async () => {
        const [stored, databases, scripts, granted] = await Promise.all([
          chrome.storage.local.get(null), indexedDB.databases(), chrome.scripting.getRegisteredContentScripts(), chrome.permissions.getAll(),
        ]);
        const manifest = chrome.runtime.getManifest();
        const declared = new Set([...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? [])]);
        const optional = (granted.origins ?? []).filter((o) => !declared.has(o));
        return [...Object.keys(stored), ...databases.map((d) => `database ${d.name}`), ...scripts.map((s) => `script ${s.id}`), ...optional.map((o) => `access to ${o}`)];
      });
      if (left.length) throw new Error(`the extension kept ${left.join(', ')} through its reinstall`);
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
