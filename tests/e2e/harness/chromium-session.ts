// Chromium behind the browser-neutral BrowserSession: Playwright pages and workers wrapped
// so a test sees the same small API it gets in Firefox.
import type { Page, Worker } from 'playwright-core';
import type { ChromiumSession } from './chromium';
import { chromiumDownload, chromiumOpenedPage, chromiumReadClipboard, chromiumSetInputFile, chromiumWatchDownloads, chromiumWriteClipboard } from './chromium-files';
import { interruptServiceWorker } from './crash';
import type { Background, BrowserPage, BrowserSession } from './types';
import { openUi } from './ui';
import { until } from './wait';

type Fn = (arg: unknown) => unknown;

const wrapped = new WeakMap<Page, BrowserPage>();
const unwrapped = new WeakMap<BrowserPage, Page>();

export function wrapPlaywrightPage(page: Page): BrowserPage {
  const known = wrapped.get(page);
  if (known) return known;
  const self: BrowserPage = {
    evaluate: (fn, arg) => page.evaluate(fn as Fn, arg) as never,
    async goto(url) {
      await page.goto(url);
    },
    url: () => page.url(),
    async reload() {
      await page.reload();
    },
    async goBack() {
      await page.goBack();
    },
    click: (selector) => page.click(selector),
    close: () => page.close(),
    bringToFront: () => page.bringToFront(),
  };
  wrapped.set(page, self);
  unwrapped.set(self, page);
  return self;
}

/** The Playwright page behind a wrapped one (Chromium-only helpers need it). */
export function playwrightPage(page: BrowserPage): Page {
  const found = unwrapped.get(page);
  if (!found) throw new Error('not a page of this Chromium session');
  return found;
}

const background = (worker: Worker): Background => ({
  url: () => worker.url(),
  evaluate: (fn, arg) => worker.evaluate(fn as Fn, arg) as never,
});

export function chromiumBrowserSession(session: ChromiumSession): BrowserSession {
  const pages = () => session.context.pages().map(wrapPlaywrightPage);
  return {
    name: 'chromium',
    capabilities: { serviceWorker: true, backgroundGlobals: true },
    get extensionId() {
      return session.extensionId;
    },
    extensionUrl: (path) => session.extensionUrl(path),
    newPage: async (url) => wrapPlaywrightPage(await session.newPage(url)),
    pages: async () => pages(),
    waitForPage: (match, options) =>
      until('a tab with a matching URL', () => pages().find((p) => match(p.url())), { timeout: 10_000, interval: 100, ...options }),
    ui: (page) => openUi(playwrightPage(page)),
    serviceWorker: async (timeout) => background(await session.serviceWorker(timeout)),
    isServiceWorkerRunning: () => session.isServiceWorkerRunning(),
    stopServiceWorker: () => session.stopServiceWorker(),
    startServiceWorker: async () => background(await session.startServiceWorker()),
    triggerAction: (page) => session.triggerAction(playwrightPage(page)),
    interruptServiceWorker: () => interruptServiceWorker(session.context, session.extensionId),
    restart: () => session.restart(),
    reset: () => session.reset(),
    kill: () => session.kill(),
    download: (page, action, options) => chromiumDownload(playwrightPage(page), action, options),
    setInputFile: (page, selector, path) => chromiumSetInputFile(playwrightPage(page), selector, path),
    watchDownloads: () => chromiumWatchDownloads(session),
    readClipboard: (page) => chromiumReadClipboard(session.context, playwrightPage(page)),
    writeClipboard: (page, text) => chromiumWriteClipboard(session.context, playwrightPage(page), text),
    openedPage: async (action, options) => wrapPlaywrightPage(await chromiumOpenedPage(session.context, action, options)),
    close: () => session.close(),
  };
}
