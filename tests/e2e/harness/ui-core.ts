// The closed-shadow-root driver's contract, once for both browsers: lookups that wait, that
// insist on one match, and that say what was there instead. Each browser supplies the
// primitives (find, call on an element, click, keys): CDP in Chromium, BiDi in Firefox.
import type { Name, Target, Ui, UiElement } from './types';
import { until, type WaitOptions } from './wait';

const ACTION_TIMEOUT = 5000;

export interface Found {
  /** Accessible name, or the node name for CSS lookups. */
  label: string;
}

export interface UiPrimitives<F extends Found> {
  /** Every element `target` means now (role + name, or CSS in every shadow root), in document order. */
  find(target: Target): Promise<F[]>;
  /** Runs the function source `fn` with the element as `this`, out of the page's sight; JSON result. */
  call<T>(found: F, fn: string, args?: unknown[]): Promise<T>;
  focus(found: F): Promise<void>;
  /** Real mouse click at the element's centre (scrolled into view), refusing when something covers it. */
  click(found: F, what: string): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  dispose(): Promise<void>;
}

export const describeTarget = (target: Target) =>
  'css' in target ? `css ${JSON.stringify(target.css)}` : `${target.role} ${target.name === undefined ? '(any name)' : String(target.name)}`;

/** An element's text nodes joined by spaces, drawn or not (see `Ui.texts`). */
const TEXT_NODES = `function () {
  const walk = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
  const parts = [];
  while (walk.nextNode()) parts.push(walk.currentNode.data);
  return parts.join(' ');
}`;

export function buildUi<F extends Found>(io: UiPrimitives<F>): Ui {
  /** The one element `target` means now; throws when there is none or (without nth) several. */
  async function resolve(target: Target): Promise<F> {
    const found = await io.find(target);
    if (target.nth !== undefined) {
      const one = found[target.nth];
      if (!one) throw new Error(`no ${describeTarget(target)} at index ${target.nth} (${found.length} found)`);
      return one;
    }
    if (found.length === 0) throw new Error(`no ${describeTarget(target)}${await nearby(target)}`);
    if (found.length > 1) throw new Error(`${found.length} elements are ${describeTarget(target)}: ${found.map((f) => JSON.stringify(f.label)).join(', ')}`);
    return found[0]!;
  }

  /** Names of same-role elements, so a failing lookup says what was there instead. */
  async function nearby(target: Target): Promise<string> {
    if ('css' in target) return '';
    const names = (await io.find({ role: target.role })).map((f) => JSON.stringify(f.label));
    return names.length ? `; ${target.role}s present: ${names.join(', ')}` : `; no ${target.role} at all`;
  }

  const waitResolve = (target: Target, timeout = ACTION_TIMEOUT) =>
    until(describeTarget(target), () => resolve(target), { timeout, interval: 100 });

  function element(target: Target): UiElement {
    const read = async <T>(fn: string, args: unknown[] = []) => io.call<T>(await waitResolve(target), fn, args);
    const self: UiElement = {
      // A row that re-rendered between the lookup and the click is looked up again, as a person's
      // second glance would; anything else fails at once.
      click: async () => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await io.click(await waitResolve(target), describeTarget(target));
          } catch (error) {
            if (attempt >= 3 || !/detached/i.test(String(error))) throw error;
          }
        }
      },
      focus: async () => io.focus(await waitResolve(target)),
      async fill(text) {
        await self.focus();
        await read('function () { if (typeof this.select === "function") this.select(); }');
        if (text === '') await io.press('Delete');
        else await io.type(text);
      },
      text: () => read<string>('function () { return this.innerText ?? this.textContent ?? ""; }'),
      value: () => read<string>('function () { return String(this.value ?? ""); }'),
      attribute: (name) => read<string | null>('function (name) { return this.getAttribute(name); }', [name]),
      exists: async () => (await io.find(target)).length > 0,
      focused: () => read<boolean>('function () { return (this.getRootNode().activeElement ?? null) === this; }'),
      async waitFor(options?: WaitOptions) {
        await waitResolve(target, options?.timeout);
      },
      async waitForGone(options?: WaitOptions) {
        await until(`${describeTarget(target)} to go away`, async () => (await io.find(target)).length === 0, { interval: 100, ...options });
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
    all: async (role) => (await io.find({ role })).map((f) => f.label),
    texts: async (selector) => {
      const found = await io.find({ css: selector });
      const texts = await Promise.all(found.map((f) => io.call<string>(f, TEXT_NODES)));
      return texts.map((t) => t.replace(/\s+/g, ' ').trim());
    },
    type: (text) => io.type(text),
    press: (key) => io.press(key),
    dispose: () => io.dispose(),
  };
}
