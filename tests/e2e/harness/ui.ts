// The closed-shadow-root driver for Chromium: lookups over CDP, input as real mouse and
// keyboard events through the page, so the extension sees what a user would produce.
import type { CDPSession, Page } from 'playwright-core';
import { callOn, clickPoint, describe, find, hits, type Found } from './cdp-dom';
import type { Name, Target, Ui, UiElement } from './types';
import { until, type WaitOptions } from './wait';

const ACTION_TIMEOUT = 5000;

/** Opens a CDP session on `page` and returns the UI driver over it. */
export async function openUi(page: Page): Promise<Ui> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  return cdpUi(page, cdp);
}

export function cdpUi(page: Page, cdp: CDPSession): Ui {
  /** The one element `target` means now; throws when there is none or (without nth) several. */
  async function resolve(target: Target): Promise<Found> {
    const found = await find(cdp, target);
    if (target.nth !== undefined) {
      const one = found[target.nth];
      if (!one) throw new Error(`no ${describe(target)} at index ${target.nth} (${found.length} found)`);
      return one;
    }
    if (found.length === 0) throw new Error(`no ${describe(target)}${await nearby(target)}`);
    if (found.length > 1) throw new Error(`${found.length} elements are ${describe(target)}: ${found.map((f) => JSON.stringify(f.label)).join(', ')}`);
    return found[0]!;
  }

  /** Names of same-role elements, so a failing lookup says what was there instead. */
  async function nearby(target: Target): Promise<string> {
    if ('css' in target) return '';
    const names = (await find(cdp, { role: target.role })).map((f) => JSON.stringify(f.label));
    return names.length ? `; ${target.role}s present: ${names.join(', ')}` : `; no ${target.role} at all`;
  }

  const waitResolve = (target: Target, timeout = ACTION_TIMEOUT) =>
    until(describe(target), () => resolve(target), { timeout, interval: 100 });

  function element(target: Target): UiElement {
    const read = async <T>(fn: string, args: unknown[] = []) => callOn<T>(cdp, (await waitResolve(target)).backendNodeId, fn, args);
    const self: UiElement = {
      async click() {
        const { backendNodeId } = await waitResolve(target);
        const point = await clickPoint(cdp, backendNodeId);
        if (!(await hits(cdp, backendNodeId, point.x, point.y))) throw new Error(`${describe(target)} is covered by another element at ${point.x},${point.y}`);
        await page.mouse.click(point.x, point.y);
      },
      async focus() {
        await cdp.send('DOM.focus', { backendNodeId: (await waitResolve(target)).backendNodeId });
      },
      async fill(text) {
        await self.focus();
        await read('function () { if (typeof this.select === "function") this.select(); }');
        if (text === '') await page.keyboard.press('Delete');
        else await page.keyboard.type(text);
      },
      text: () => read<string>('function () { return this.innerText ?? this.textContent ?? ""; }'),
      value: () => read<string>('function () { return String(this.value ?? ""); }'),
      attribute: (name) => read<string | null>('function (name) { return this.getAttribute(name); }', [name]),
      async exists() {
        return (await find(cdp, target)).length > 0;
      },
      async focused() {
        return read<boolean>(`function () {
          const root = this.getRootNode();
          return (root.activeElement ?? null) === this;
        }`);
      },
      async waitFor(options?: WaitOptions) {
        await waitResolve(target, options?.timeout);
      },
      async waitForGone(options?: WaitOptions) {
        await until(`${describe(target)} to go away`, async () => (await find(cdp, target)).length === 0, { interval: 100, ...options });
      },
    };
    return self;
  }

  const byRole = (role: string, name?: Name, nth?: number): Target => ({ role, name, nth });
  return {
    get: (role, name, nth) => element(byRole(role, name, nth)),
    css: (css, nth) => element({ css, nth }),
    click: (role, name) => element(byRole(role, name)).click(),
    focus: (role, name) => element(byRole(role, name)).focus(),
    fill: (role, name, text) => element(byRole(role, name)).fill(text),
    text: (role, name) => element(byRole(role, name)).text(),
    value: (role, name) => element(byRole(role, name)).value(),
    getAttribute: (role, name, attribute) => element(byRole(role, name)).attribute(attribute),
    exists: (role, name) => element(byRole(role, name)).exists(),
    waitFor: (role, name, options) => element(byRole(role, name)).waitFor(options),
    waitForGone: (role, name, options) => element(byRole(role, name)).waitForGone(options),
    all: async (role) => (await find(cdp, { role })).map((f) => f.label),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    dispose: () => cdp.detach(),
  };
}
