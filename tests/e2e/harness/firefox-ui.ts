// The closed-shadow-root driver for Firefox, same contract as ui.ts (Chromium over CDP).
// Lookups go over WebDriver BiDi: closed shadow roots come from node serialization with
// includeShadowTree "all", roles from Firefox's accessibility tree (locateNodes); names are
// read in a sandbox the page cannot see. Input is real mouse and keyboard events.
import type { Page } from 'puppeteer-core';
import { bidiOf, callInSandbox, locate, nodesInSandbox, type Bidi, type NodeValue, type SharedRef } from './bidi';
import { matches } from './cdp-dom';
import { pressChord } from './keys';
import type { Name, Target, Ui, UiElement } from './types';
import { until, type WaitOptions } from './wait';

const ACTION_TIMEOUT = 5000;

interface Found {
  ref: SharedRef;
  label: string;
}

/** Elements that may host a shadow root (the spec's list plus custom elements), in `scopes` or the document. */
const HOSTS_IN = `function (...scopes) {
  const can = /^(article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$|-/;
  const out = [];
  for (const scope of scopes.length ? scopes : [document]) for (const el of scope.querySelectorAll('*')) if (can.test(el.localName)) out.push(el);
  return out;
}`;

/**
 * The accessible name as the Chromium driver reports it: author-given name (labelledby,
 * aria-label, label/alt, content for roles named by content, title, placeholder), else the
 * visible text, whitespace collapsed. Text under aria-hidden or hidden elements is left out.
 */
const LABELS = `function (...els) {
  const fromContent = /^(button|link|heading|radio|checkbox|switch|tab|menuitem|menuitemradio|menuitemcheckbox|option|treeitem|cell|columnheader|rowheader|row|tooltip|gridcell)$/;
  const visible = (n) => {
    if (n.nodeType === 3) return n.data;
    if (n.nodeType !== 1 || n.hidden || n.getAttribute('aria-hidden') === 'true' || /^(script|style|template)$/.test(n.localName)) return '';
    if (getComputedStyle(n).display === 'none') return '';
    const own = n.localName === 'input' || n.localName === 'select' || n.localName === 'textarea' ? String(n.value ?? '') : '';
    return own + ' ' + [...n.childNodes].map(visible).join(n.localName === 'br' ? ' ' : '');
  };
  const block = (n) => [...n.childNodes].map((c) => c.nodeType === 1 && getComputedStyle(c).display !== 'inline' ? ' ' + visible(c) + ' ' : visible(c)).join('');
  const clean = (s) => String(s ?? '').replace(/\\s+/g, ' ').trim();
  return els.map(([el, role]) => {
    const root = el.getRootNode();
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const text = by.split(/\\s+/).map((id) => root.getElementById?.(id) ?? document.getElementById(id)).filter(Boolean).map((n) => block(n)).join(' ');
      if (clean(text)) return clean(text);
    }
    if (clean(el.getAttribute('aria-label'))) return clean(el.getAttribute('aria-label'));
    if (el.labels?.length) return clean([...el.labels].map((l) => block(l).replace(el.value ?? '', '')).join(' '));
    if (el.localName === 'img' && el.alt) return clean(el.alt);
    if (fromContent.test(role) && clean(block(el))) return clean(block(el));
    if (clean(el.getAttribute('title'))) return clean(el.getAttribute('title'));
    if (clean(el.getAttribute('placeholder'))) return clean(el.getAttribute('placeholder'));
    return clean(block(el));
  });
}`;

export function firefoxUi(page: Page): Ui {
  const bidi: Bidi = bidiOf(page);

  /** Every shadow root in the page, open or closed, nested ones too; outer ones first. */
  async function shadowRoots(): Promise<SharedRef[]> {
    const roots: SharedRef[] = [];
    let frontier: SharedRef[] = [];
    for (let depth = 0; depth < 8; depth++) {
      const hosts = await nodesInSandbox(bidi, HOSTS_IN, frontier);
      frontier = hosts.map((h) => h.value?.shadowRoot).filter((r): r is NodeValue => !!r?.sharedId);
      if (frontier.length === 0) break;
      roots.push(...frontier);
    }
    return roots;
  }

  async function find(target: Target): Promise<Found[]> {
    const scopes: (SharedRef[] | undefined)[] = [undefined, ...(await shadowRoots()).map((r) => [r])];
    const seen = new Set<string>();
    const nodes: NodeValue[] = [];
    for (const scope of scopes) {
      const locator = 'css' in target ? { type: 'css', value: target.css } : { type: 'accessibility', value: { role: target.role } };
      for (const node of await locate(bidi, locator, scope)) {
        if (seen.has(node.sharedId)) continue;
        seen.add(node.sharedId);
        nodes.push(node);
      }
    }
    if ('css' in target) return nodes.map((n) => ({ ref: n, label: n.value?.localName ?? '' }));
    if (nodes.length === 0) return [];
    // Nodes cross only as top-level arguments, so the role goes first and the nodes after it.
    const labels = await callInSandbox<string[]>(
      bidi,
      `function (role, ...els) { return (${LABELS})(...els.map((el) => [el, role])); }`,
      undefined,
      [target.role, ...nodes.map((n) => ({ sharedId: n.sharedId }))],
    );
    return nodes.map((n, i) => ({ ref: n, label: labels[i] ?? '' })).filter((f) => matches(target.name, f.label));
  }

  const describe = (target: Target) =>
    'css' in target ? `css ${JSON.stringify(target.css)}` : `${target.role} ${target.name === undefined ? '(any name)' : String(target.name)}`;

  async function resolve(target: Target): Promise<Found> {
    const found = await find(target);
    if (target.nth !== undefined) {
      const one = found[target.nth];
      if (!one) throw new Error(`no ${describe(target)} at index ${target.nth} (${found.length} found)`);
      return one;
    }
    if (found.length === 0) throw new Error(`no ${describe(target)}${await nearby(target)}`);
    if (found.length > 1) throw new Error(`${found.length} elements are ${describe(target)}: ${found.map((f) => JSON.stringify(f.label)).join(', ')}`);
    return found[0]!;
  }

  async function nearby(target: Target): Promise<string> {
    if ('css' in target) return '';
    const names = (await find({ role: target.role })).map((f) => JSON.stringify(f.label));
    return names.length ? `; ${target.role}s present: ${names.join(', ')}` : `; no ${target.role} at all`;
  }

  const waitResolve = (target: Target, timeout = ACTION_TIMEOUT) =>
    until(describe(target), () => resolve(target), { timeout, interval: 100 });

  function element(target: Target): UiElement {
    const read = async <T>(fn: string, args: unknown[] = []) => callInSandbox<T>(bidi, fn, (await waitResolve(target)).ref, args);
    const self: UiElement = {
      async click() {
        const at = await read<{ x: number; y: number; hit: boolean } | null>(`function () {
          this.scrollIntoView({ block: 'center', inline: 'center' });
          const box = [...this.getClientRects()].find((r) => r.width * r.height > 1);
          if (!box) return null;
          const x = box.left + box.width / 2, y = box.top + box.height / 2;
          let hit = false;
          for (let n = this.getRootNode().elementFromPoint(x, y); n; n = n.parentNode ?? n.host) if (n === this) { hit = true; break; }
          return { x, y, hit };
        }`);
        if (!at) throw new Error(`${describe(target)} has no visible box`);
        if (!at.hit) throw new Error(`${describe(target)} is covered by another element at ${at.x},${at.y}`);
        await page.mouse.click(Math.round(at.x), Math.round(at.y));
      },
      async focus() {
        await read('function () { this.focus(); }');
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
        return (await find(target)).length > 0;
      },
      focused: () => read<boolean>('function () { return (this.getRootNode().activeElement ?? null) === this; }'),
      async waitFor(options?: WaitOptions) {
        await waitResolve(target, options?.timeout);
      },
      async waitForGone(options?: WaitOptions) {
        await until(`${describe(target)} to go away`, async () => (await find(target)).length === 0, { interval: 100, ...options });
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
    all: async (role) => (await find({ role })).map((f) => f.label),
    type: (text) => page.keyboard.type(text),
    press: (key) => pressChord(page.keyboard, key),
    dispose: async () => {},
  };
}
