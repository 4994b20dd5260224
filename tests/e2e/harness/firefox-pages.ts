// Firefox tabs (puppeteer-core pages over WebDriver BiDi) as the browser-neutral BrowserPage.
// Extension pages, and tabs adopted before their first load, report about:blank to puppeteer:
// each tab's URL is remembered where the harness navigated to or found it.
import type { Page } from 'puppeteer-core';
import { bidiOf } from './bidi';
import type { BrowserPage } from './types';

type Fn = (arg: unknown) => unknown;

export function firefoxPages() {
  const pageOf = new WeakMap<BrowserPage, Page>();
  const wrapped = new WeakMap<Page, BrowserPage>();
  const knownUrl = new WeakMap<Page, string>();

  async function navigate(page: Page, url: string): Promise<void> {
    const bidi = bidiOf(page);
    // puppeteer's goto never sees moz-extension pages finish loading; the BiDi command does.
    await bidi.send('browsingContext.navigate', { context: bidi.context, url, wait: 'complete' });
    knownUrl.set(page, url);
  }

  /** The tab's location.href now (remembered for url()). */
  async function hrefOf(page: Page): Promise<string> {
    const href = await page.evaluate(() => location.href).catch(() => page.url());
    knownUrl.set(page, href);
    return href;
  }

  function wrap(page: Page): BrowserPage {
    const known = wrapped.get(page);
    if (known) return known;
    const self: BrowserPage = {
      evaluate: (fn, arg) => page.evaluate(fn as Fn, arg) as never,
      goto: (url) => navigate(page, url),
      url() {
        const reported = page.url();
        const remembered = knownUrl.get(page);
        return reported === 'about:blank' && remembered && remembered !== 'about:blank' ? remembered : reported;
      },
      async reload() {
        const bidi = bidiOf(page);
        await bidi.send('browsingContext.reload', { context: bidi.context, wait: 'complete' });
      },
      async goBack() {
        const bidi = bidiOf(page);
        await bidi.send('browsingContext.traverseHistory', { context: bidi.context, delta: -1 });
      },
      // Waits for the element first, as Playwright's click does in Chromium.
      async click(selector) {
        await page.waitForSelector(selector, { timeout: 5000 });
        await page.click(selector);
      },
      close: () => page.close(),
      bringToFront: () => page.bringToFront(),
    };
    wrapped.set(page, self);
    pageOf.set(self, page);
    return self;
  }

  function unwrap(page: BrowserPage): Page {
    const found = pageOf.get(page);
    if (!found) throw new Error('not a page of this Firefox session');
    return found;
  }

  return { navigate, hrefOf, wrap, unwrap };
}
