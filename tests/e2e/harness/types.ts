// The test-facing API, kept free of Playwright types where it can be, so a Firefox driver
// (puppeteer-core over WebDriver BiDi) can offer the same one later.
import type { WaitOptions } from './wait';

/** An accessible name (or, for roles named by authors only, like listitem, the visible text): exact, or a pattern. */
export type Name = string | RegExp;

/** The element found by role and name, or by a CSS selector searched in every shadow root. */
export type Target = { role: string; name?: Name; nth?: number } | { css: string; nth?: number };

/** A lazy handle: every call looks the element up again, waiting for it up to the timeout. */
export interface UiElement {
  /** Real mouse click at the element's centre, after scrolling it into view. */
  click(): Promise<void>;
  focus(): Promise<void>;
  /** Focuses, selects what is there, and types `text` with real key events. */
  fill(text: string): Promise<void>;
  /** Rendered text (innerText). */
  text(): Promise<string>;
  /** The `value` of a form control. */
  value(): Promise<string>;
  attribute(name: string): Promise<string | null>;
  /** Whether it is there now (no waiting). */
  exists(): Promise<boolean>;
  /** Whether it holds the keyboard focus now (inside its shadow root). */
  focused(): Promise<boolean>;
  waitFor(options?: WaitOptions): Promise<void>;
  waitForGone(options?: WaitOptions): Promise<void>;
}

/**
 * Reaches into closed shadow roots, where Playwright locators cannot go.
 * Reads as `await ui.click('button', 'Export Markdown')`.
 */
export interface Ui {
  get(role: string, name?: Name, nth?: number): UiElement;
  css(selector: string, nth?: number): UiElement;
  click(role: string, name?: Name): Promise<void>;
  focus(role: string, name?: Name): Promise<void>;
  fill(role: string, name: Name, text: string): Promise<void>;
  text(role: string, name?: Name): Promise<string>;
  value(role: string, name?: Name): Promise<string>;
  getAttribute(role: string, name: Name | undefined, attribute: string): Promise<string | null>;
  exists(role: string, name?: Name): Promise<boolean>;
  waitFor(role: string, name?: Name, options?: WaitOptions): Promise<void>;
  waitForGone(role: string, name?: Name, options?: WaitOptions): Promise<void>;
  /** Accessible names of every element with `role`, in document order. */
  all(role: string): Promise<string[]>;
  /**
   * The text of every element `selector` finds (shadow roots too), its text nodes joined by
   * spaces, whether drawn yet or not. For a tab in the background: rows styled
   * `content-visibility: auto` are laid out, and so reach the accessibility tree and innerText,
   * only when the tab next draws, about once a second there; the page itself changed at once.
   */
  texts(selector: string): Promise<string[]>;
  /** Types into whatever has the focus, as real key events. */
  type(text: string): Promise<void>;
  /** One key or chord, Playwright names: 'Enter', 'Escape', 'Control+Enter'. */
  press(key: string): Promise<void>;
  /** Ends the underlying session. */
  dispose(): Promise<void>;
}

/**
 * A tab, the same in both browsers: the subset of a page that tests use. Keys and the mouse
 * go through `ui` (`ui.type`, `ui.press('Alt+Shift+N')`, `ui.click(...)`) or `click(selector)`.
 */
export interface BrowserPage {
  /** Runs `fn` in the page's own world (what page scripts see) and returns its JSON-able result. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /**
   * The URL as of the last navigation the browser reported. In Firefox, extension pages (and tabs
   * a link in one opened) report the URL the harness last navigated to or found them at: read
   * `location.href` by evaluate after in-page changes there.
   */
  url(): string;
  reload(): Promise<void>;
  goBack(): Promise<void>;
  /** Real mouse click on the first element `selector` matches in the document (not in shadow roots: use `ui`). */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
  bringToFront(): Promise<void>;
}

/** The extension's background: a service worker in Chromium, an event page in Firefox. */
export interface Background {
  url(): string;
  /**
   * Runs `fn` with the extension's APIs (`chrome.*`), storage and IndexedDB. Where
   * `capabilities.backgroundGlobals` is false (Firefox) it runs in an extension page of the
   * same origin, so the background's own variables are out of its reach.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}

/** A file the browser saved: what a user finds in their downloads folder. */
export interface SavedFile {
  /** The name the page asked the browser to save under. */
  filename: string;
  /** The bytes, as UTF-8 text. */
  text: string;
  bytes: Buffer;
}

export interface Downloads {
  /** Waits for the next download to complete, returns it, and removes the file. */
  next(timeout?: number): Promise<SavedFile>;
}

/** What differs between the browsers, for the few tests that must know. */
export interface Capabilities {
  /** The background is a service worker at background.js whose id Chromium derives from the folder. */
  serviceWorker: boolean;
  /** `Background.evaluate` runs in the background's own global scope. */
  backgroundGlobals: boolean;
}

/**
 * A browser with the built extension loaded: what the browser-neutral session and Chromium's
 * Playwright-typed one (chromium.ts) both offer, over their own page and background types.
 */
export interface ExtensionBrowser<P, B> {
  /** The host part of extension URLs (Chromium's id, Firefox's internal UUID); stays across restart(). */
  readonly extensionId: string;
  extensionUrl(path?: string): string;
  newPage(url?: string): Promise<P>;
  /** The closed-shadow-root driver for `page`. */
  ui(page: P): Promise<Ui>;
  /** The background, waiting until it runs. */
  serviceWorker(timeout?: number): Promise<B>;
  isServiceWorkerRunning(): Promise<boolean>;
  /** Stops the background as the browser does when it idles (Chromium: service worker stop; Firefox: event page termination). */
  stopServiceWorker(): Promise<void>;
  startServiceWorker(): Promise<B>;
  /** Clicks the toolbar button for `page`'s tab (fires action.onClicked). */
  triggerAction(page: P): Promise<void>;
  /** Closes the browser and opens it again on the same profile (extension storage kept). */
  restart(): Promise<void>;
  /**
   * Makes this browser as good as a new one for the next test file, in a fraction of a launch:
   * every tab closed, the extension uninstalled (its storage, registered scripts and granted
   * sites with it) and installed again, the fixture sites' data cleared. Throws where it cannot
   * prove that; the caller then launches a new browser.
   */
  reset(): Promise<void>;
  /** Crashes the browser (SIGKILL to all its processes, see crash.ts) and opens it again on the same profile. */
  kill(): Promise<void>;
  close(): Promise<void>;
}

/** The browser with the built extension, started by `useBrowser()`; a test does not know which. */
export interface BrowserSession extends ExtensionBrowser<BrowserPage, Background> {
  readonly name: 'chromium' | 'firefox';
  readonly capabilities: Capabilities;
  /** Every open tab, including ones the extension opened, oldest first. */
  pages(): Promise<BrowserPage[]>;
  /** The first tab whose URL (location.href) passes `match`, waiting for it to open. */
  waitForPage(match: (url: string) => boolean, options?: WaitOptions): Promise<BrowserPage>;
  /**
   * Stops the background as an idle shutdown does while messages may keep arriving: returns
   * once it has stopped, even if the next message wakes it again at once.
   */
  interruptServiceWorker(): Promise<void>;
  /** Runs `action` (a click, a key) on `page` and returns the file it made the browser save, without asking. */
  download(page: BrowserPage, action: () => Promise<unknown>, options?: WaitOptions): Promise<SavedFile>;
  /**
   * Puts the file `path` into the file input `selector` (in `page`'s document) as a user picking
   * it would: the input's `change` event fires.
   */
  setInputFile(page: BrowserPage, selector: string, path: string): Promise<void>;
  /**
   * Watches for files the browser saves from now on (page downloads and the extension's
   * downloads API alike), under the names a person would find them.
   */
  watchDownloads(): Promise<Downloads>;
  /** The clipboard's text, read from `page` (a web page, allowed to read it). */
  readClipboard(page: BrowserPage): Promise<string>;
  /** Puts `text` on the clipboard from `page` (a web page, allowed to write it). */
  writeClipboard(page: BrowserPage, text: string): Promise<void>;
  /** Runs `action` and returns the tab it opened (a link with target=_blank, tabs.create…), loaded. */
  openedPage(action: () => Promise<unknown>, options?: WaitOptions): Promise<BrowserPage>;
}
