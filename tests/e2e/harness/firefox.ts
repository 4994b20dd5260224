// Headless Firefox ESR with the built add-on installed temporarily, over WebDriver BiDi
// (puppeteer-core), behind the same BrowserSession as Chromium. Real site host names reach the
// fixture server through a PAC-configured loopback proxy (host-proxy.ts); its self-signed
// certificate is accepted by the session (acceptInsecureCerts).
//
// Firefox specifics, each handled here once:
// - The add-on's internal UUID is fixed by pref, so extension URLs are known before launch
//   and stay the same across restart(); temporary add-ons are removed when Firefox quits, so
//   restart() installs it again, with prefs that keep its storage and UUID meanwhile.
// - The background is an event page, not a service worker: stop/start terminate and wake it
//   through the add-on manager (chrome-scope evaluation, --remote-allow-system-access), which
//   is what Firefox's idle shutdown does. The toolbar button is clicked the same way.
// - Background.evaluate runs in a short-lived extension page of the add-on's origin, with
//   globalThis bound to the background page's window (runtime.getBackgroundPage).
// - Downloads are read from the profile's downloads folder; the clipboard is read by a web
//   page that the testing pref lets call navigator.clipboard.readText without a paste prompt.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { adoptUnannouncedTabs, chromeEval, closeAllTabs, chromeScope, tabBackIntoPage } from './bidi';
import { MAPPED_HOSTS } from './chromium';
import { killBrowser } from './crash';
import { firefoxDownload, firefoxSetInputFile, firefoxWatchDownloads } from './firefox-files';
import { firefoxPages } from './firefox-pages';
import { firefoxPrefs } from './firefox-prefs';
import { firefoxUi } from './firefox-ui';
import { startHostProxy, type HostProxy } from './host-proxy';
import { FIREFOX_EXTENSION_DIR } from './paths';
import type { Background, BrowserSession } from './types';
import { until } from './wait';

export const FIREFOX_BINARY = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export interface FirefoxOptions {
  serverPort: number;
  hosts?: readonly string[];
  extensionDir?: string;
  /** Reuse a profile (kept on close); by default a fresh one is made and removed on close. */
  profileDir?: string;
  /** Default: headless unless HEADED=1. */
  headless?: boolean;
  prefs?: Record<string, string | number | boolean>;
}

type Fn = (arg: unknown) => unknown;

export async function launchFirefox(options: FirefoxOptions): Promise<BrowserSession> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
    background?: { scripts?: string[]; page?: string };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const ownProfile = options.profileDir === undefined;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'talk-notes-firefox-'));
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;
  const proxy: HostProxy = await startHostProxy(options.serverPort);
  const downloads = join(profileDir, 'downloads');
  mkdirSync(downloads, { recursive: true });

  const hosts = options.hosts ?? MAPPED_HOSTS;
  const prefs = {
    ...firefoxPrefs({ pac: proxy.pac(hosts), addonId, uuid, downloads }),
    ...options.prefs,
  };

  let browser!: Browser;
  const { navigate, hrefOf, wrap, unwrap } = firefoxPages();

  const ext = <T>(body: string) => chromeEval<T>(browser, addonId, body);

  async function open() {
    // A start can stall under load (the WebDriver BiDi endpoint never printed): try once more.
    browser = await launch().catch(async (error: unknown) => {
      console.warn(`Firefox did not start (${error instanceof Error ? error.message : String(error)}); trying again`);
      await killBrowser(profileDir).catch(() => {});
      return launch();
    });
    await install();
  }

  async function install() {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== addonId) throw new Error(`add-on installed as ${installed}, expected ${addonId}`);
    await until('the add-on background to run', () => isRunning(), { timeout: 10_000, interval: 100 });
  }

  const keepStorageOnUninstall = (keep: boolean) =>
    chromeScope(browser, `Services.prefs.setBoolPref('extensions.webextensions.keepStorageOnUninstall', ${keep})`);

  function launch(): Promise<Browser> {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_BINARY,
      headless: options.headless ?? process.env.HEADED !== '1',
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      // E2E_DUMPIO=1 shows Firefox's output, console messages of pages and add-on scripts included.
      dumpio: process.env.E2E_DUMPIO === '1',
      extraPrefsFirefox: process.env.E2E_DUMPIO === '1' ? { ...prefs, 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } : prefs,
    });
  }

  const isRunning = async () => (await ext<string>('return ext.backgroundState')) === 'running';

  /** Every tab, including those opened by a link in an extension page (see adoptUnannouncedTabs). */
  async function allTabs(): Promise<Page[]> {
    await adoptUnannouncedTabs(browser);
    return browser.pages();
  }

  /**
   * Runs `fn` in a short-lived extension page (the add-on's APIs, storage and IndexedDB) with
   * `globalThis` (and `self`, `window`) bound to the background page's window, which Firefox
   * gives extension pages of the same add-on: the background's own memory is in reach.
   */
  async function inBackground<R>(fn: Fn, arg: unknown): Promise<R> {
    const page = await browser.newPage();
    try {
      // The library page is the add-on's only page; it is closed again right after.
      await navigate(page, `${origin}/library.html`);
      return (await page.evaluate(`(async () => {
        const bg = await browser.runtime.getBackgroundPage();
        if (!bg) throw new Error('no background page');
        const globalThis = bg, self = bg, window = bg;
        return await (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'});
      })()`)) as R;
    } finally {
      await page.close();
    }
  }

  const background = (): Background => ({
    url: () => `${origin}/${manifest.background?.page ?? '_generated_background_page.html'}`,
    evaluate: (fn, arg) => inBackground(fn as Fn, arg),
  });

  async function get(timeout = 10_000): Promise<Background> {
    await until('the add-on background to run', isRunning, { timeout, interval: 100 });
    return background();
  }

  await open();
  return {
    name: 'firefox',
    capabilities: { serviceWorker: false, backgroundGlobals: true },
    extensionId: uuid,
    extensionUrl: (path = '') => `${origin}/${path.replace(/^\//, '')}`,
    async newPage(url) {
      const page = await browser.newPage();
      if (url) await navigate(page, url);
      return wrap(page);
    },
    pages: async () => (await allTabs()).map(wrap),
    async waitForPage(match, waitOptions) {
      return until('a tab with a matching URL', async () => {
        for (const page of await allTabs()) if (match(await hrefOf(page))) return wrap(page);
        return undefined;
      }, { timeout: 10_000, interval: 100, ...waitOptions });
    },
    ui: async (page) => {
      const tab = unwrap(page);
      return firefoxUi(tab, { tabBackIntoPage: (forward) => tabBackIntoPage(browser, addonId, tab, forward) });
    },
    serviceWorker: get,
    isServiceWorkerRunning: isRunning,
    async stopServiceWorker() {
      await ext('await ext.terminateBackground({ disableResetIdleForTest: true })');
      await until('the background to stop', async () => !(await isRunning()), { timeout: 10_000, interval: 100 });
    },
    async startServiceWorker() {
      await ext('await ext.wakeupBackground()');
      return get();
    },
    async triggerAction(page) {
      await unwrap(page).bringToFront();
      // The toolbar button's own click path: action.onClicked with the window's selected tab.
      await ext('ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window)');
    },
    async interruptServiceWorker() {
      await ext('await ext.terminateBackground()');
    },
    async restart() {
      await browser.close();
      await open();
    },
    async kill() {
      await killBrowser(profileDir);
      await browser.disconnect().catch(() => {}); // lets puppeteer forget the dead browser
      await open();
    },
    async reset() {
      await closeAllTabs(browser);
      // Uninstalling clears the add-on's storage (IndexedDB and storage.local) and granted sites
      // only while this pref is off; the UUID is kept, so extension URLs stay as they were.
      await keepStorageOnUninstall(false);
      try {
        await browser.uninstallExtension(addonId);
      } finally {
        await keepStorageOnUninstall(true);
      }
      await chromeScope(browser, `
        const flags = Ci.nsIClearDataService.CLEAR_COOKIES | Ci.nsIClearDataService.CLEAR_DOM_STORAGES;
        for (const host of ${JSON.stringify(hosts)}) {
          await new Promise((resolve) => Services.clearData.deleteDataFromHost(host, true, flags, { onDataDeleted: resolve }));
        }
      `);
      // Files an earlier test file downloaded would make the next one's same name "name(1).md".
      rmSync(downloads, { recursive: true, force: true });
      mkdirSync(downloads, { recursive: true });
      await install();
    },
    download: (_page, action, waitOptions) => firefoxDownload(downloads, action, waitOptions),
    setInputFile: (page, selector, path) => firefoxSetInputFile(unwrap(page), selector, path),
    watchDownloads: async () => firefoxWatchDownloads(downloads),
    async readClipboard(page) {
      await unwrap(page).bringToFront();
      // Firefox lets only a focused document read the clipboard, and a tab brought to the front
      // gets the focus a moment later: a read refused meanwhile (NotAllowedError) is tried again.
      return until('the clipboard to be readable', () =>
        page.evaluate(() => navigator.clipboard.readText().then((text) => ({ text }), (e: Error) => (e.name === 'NotAllowedError' ? undefined : { error: e.message })))
          .then((r) => {
            if (r && 'error' in r) throw new Error(r.error);
            return r?.text;
          }), { timeout: 5000, interval: 100 });
    },
    async writeClipboard(page, text) {
      await unwrap(page).bringToFront();
      await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    },
    async openedPage(action, waitOptions) {
      const before = new Set(await browser.pages());
      await action();
      const options = { timeout: 10_000, interval: 100, ...waitOptions };
      const opened = await until('a new tab', async () => (await allTabs()).find((p) => !before.has(p)), options);
      await until('the new tab to load', async () => (await hrefOf(opened)) !== 'about:blank' && (await opened.evaluate(() => document.readyState)) !== 'loading', options);
      return wrap(opened);
    },
    async close() {
      await browser.close();
      await proxy.close();
      if (ownProfile) rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
