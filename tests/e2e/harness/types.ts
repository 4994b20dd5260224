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
  /** Types into whatever has the focus, as real key events. */
  type(text: string): Promise<void>;
  /** One key or chord, Playwright names: 'Enter', 'Escape', 'Control+Enter'. */
  press(key: string): Promise<void>;
  /** Ends the underlying session. */
  dispose(): Promise<void>;
}
