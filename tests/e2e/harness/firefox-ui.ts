// The closed-shadow-root driver for Firefox, same contract as ui.ts (Chromium over CDP).
// Lookups go over WebDriver BiDi: closed shadow roots come from node serialization with
// includeShadowTree "all" (firefox-shadow.ts), roles from Firefox's accessibility tree (locateNodes); names are
// read in a sandbox the page cannot see. Input is real mouse and keyboard events.
import type { Page } from 'puppeteer-core';
import { bidiOf, callInSandbox, locate, type Bidi, type NodeValue, type SharedRef } from './bidi';
import { matches } from './cdp-dom';
import { pressChord } from './keys';
import type { Target, Ui } from './types';
import { searchStarts, shadowRoots } from './firefox-shadow';
import { buildUi, type Found as BaseFound } from './ui-core';
import { until } from './wait';

interface Found extends BaseFound {
  ref: SharedRef;
}

/**
 * The accessible name as the Chromium driver reports it: author-given name (labelledby,
 * aria-label, label/alt, content for roles named by content, title, placeholder), else the
 * visible text, whitespace collapsed. Text under aria-hidden or hidden elements is left out.
 */
const LABELS = `function (...els) {
  const fromContent = /^(button|link|heading|radio|checkbox|switch|tab|menuitem|menuitemradio|menuitemcheckbox|option|treeitem|cell|columnheader|rowheader|row|tooltip|gridcell)$/;
  // As Chromium's accessibility tree has it: CSS text-transform applied, ::before/::after text included.
  const transform = (text, el) => {
    const t = el ? getComputedStyle(el).textTransform : 'none';
    if (t === 'uppercase') return text.toUpperCase();
    if (t === 'lowercase') return text.toLowerCase();
    if (t === 'capitalize') return text.replace(/(^|\\s)(\\S)/g, (m, a, b) => a + b.toUpperCase());
    return text;
  };
  const pseudo = (el, which) => {
    const c = getComputedStyle(el, which).content;
    const m = /^"(.*)"$/.exec(c ?? '');
    return m ? ' ' + transform(m[1], el) + ' ' : '';
  };
  const visible = (n) => {
    if (n.nodeType === 3) return transform(n.data, n.parentElement);
    // A <select> inside adds nothing, as in Chromium's names from content.
    if (n.nodeType !== 1 || n.hidden || n.getAttribute('aria-hidden') === 'true' || /^(script|style|template|select)$/.test(n.localName)) return '';
    if (getComputedStyle(n).display === 'none') return '';
    const own = n.localName === 'input' || n.localName === 'textarea' ? String(n.value ?? '') : '';
    return own + ' ' + pseudo(n, '::before') + [...n.childNodes].map(visible).join(n.localName === 'br' ? ' ' : '') + pseudo(n, '::after');
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
    // Native captions: details by its summary, fieldset by its legend, figure and table by their captions.
    const caption = { details: 'summary', fieldset: 'legend', figure: 'figcaption', table: 'caption' }[el.localName];
    const captionEl = caption && [...el.children].find((c) => c.localName === caption);
    if (captionEl && clean(block(captionEl))) return clean(block(captionEl));
    if (fromContent.test(role) && clean(block(el))) return clean(block(el));
    if (clean(el.getAttribute('title'))) return clean(el.getAttribute('title'));
    if (clean(el.getAttribute('placeholder'))) return clean(el.getAttribute('placeholder'));
    return clean(block(el));
  });
}`;

/**
 * Chromium's own role names that tests use (what its accessibility tree calls them), with the
 * elements that have them: Firefox's tree has no such roles.
 */
const CHROMIUM_ROLES: Record<string, string> = {
  DisclosureTriangle: 'summary',
  Date: 'input[type=date]',
};

export interface FirefoxUiOptions {
  /**
   * Moves the browser's focus from its own toolbar back into the tab (`forward`: at the page's
   * start, else at its end), as a person's further Tab presses through the toolbar would.
   */
  tabBackIntoPage?(forward: boolean): Promise<void>;
}

export function firefoxUi(page: Page, options: FirefoxUiOptions = {}): Ui {
  const bidi: Bidi = bidiOf(page);
  const pageHasFocus = () => callInSandbox<boolean>(bidi, 'function () { return document.hasFocus(); }', undefined, []);

  /**
   * Tab past the page's last control takes the focus to the browser's toolbar, and a person's
   * next Tabs bring it back into the page. The driver's keys go to the page itself, never the
   * toolbar, so without this the page would go on receiving keys while the toolbar holds the
   * focus: a state no person can make, in which Firefox activates no button by Enter or Space.
   */
  async function press(key: string): Promise<void> {
    const tab = /^(Shift\+)?Tab$/.test(key) && options.tabBackIntoPage;
    const hadFocus = tab && (await pageHasFocus());
    await pressChord(page.keyboard, key);
    if (!hadFocus || !tab) return;
    let left = false;
    // The focus reaches the toolbar a moment after the key (a message to the browser's parent process).
    for (let i = 0; i < 5 && !left; i++) left = !(await pageHasFocus());
    if (left) {
      await tab(!key.startsWith('Shift'));
      await until('the page to have the focus again', pageHasFocus, { timeout: 5000, interval: 50 });
    }
  }

  const shadows = shadowRoots(bidi);
  let lastFullScan = 0;

  /**
   * What `target` matches from each of `scopes` (the nodes a search starts from, undefined: the
   * document), in their order, each node once.
   */
  async function findIn(target: Target, scopes: (SharedRef[] | undefined)[]): Promise<Found[]> {
    const alias = 'css' in target ? undefined : CHROMIUM_ROLES[target.role];
    const locator = 'css' in target ? { type: 'css', value: target.css } : alias ? { type: 'css', value: alias } : { type: 'accessibility', value: { role: target.role } };
    const seen = new Set<string>();
    const nodes: NodeValue[] = [];
    for (const scope of scopes) {
      if (scope?.length === 0) continue;
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

  async function find(target: Target): Promise<Found[]> {
    const search = async (full: boolean) => {
      const roots = await shadows.list(full);
      if ('css' in target || CHROMIUM_ROLES[target.role]) return findIn(target, [undefined, ...roots.map((r) => [r])]);
      // Firefox's accessibility locator asks every element it visits for its role, and one
      // without an accessible (head, style, script) costs two forced refreshes: searches start
      // below those.
      const [inDocument, ...inRoots] = await searchStarts(bidi, roots);
      return findIn(target, [[...inDocument!, ...inRoots.flat()]]);
    };
    const found = await search(false);
    // A shadow root attached to an element already in the page adds no element: a miss looks at
    // every element again, once a second at most while a wait polls.
    if (found.length || Date.now() - lastFullScan < 1000) return found;
    lastFullScan = Date.now();
    return search(true);
  }

  return buildUi<Found>({
    find,
    call: (found, fn, args = []) => callInSandbox(bidi, fn, found.ref, args),
    async focus(found) {
      await callInSandbox(bidi, 'function () { this.focus(); }', found.ref, []);
    },
    async click(found, what) {
      const at = await callInSandbox<{ x: number; y: number; hit: boolean } | 'detached' | null>(bidi, `function () {
        if (!this.isConnected) return 'detached';
        this.scrollIntoView({ block: 'center', inline: 'center' });
        const box = [...this.getClientRects()].find((r) => r.width * r.height > 1);
        if (!box) return null;
        const x = box.left + box.width / 2, y = box.top + box.height / 2;
        let hit = false;
        for (let n = this.getRootNode().elementFromPoint(x, y); n; n = n.parentNode ?? n.host) if (n === this) { hit = true; break; }
        return { x, y, hit };
      }`, found.ref, []);
      // As Chromium's driver says it: a row drawn again since the lookup is looked up again.
      if (at === 'detached') throw new Error(`${what} was detached from the document (drawn again) since it was found`);
      if (!at) throw new Error(`${what} has no visible box`);
      if (!at.hit) throw new Error(`${what} is covered by another element at ${at.x},${at.y}`);
      await page.mouse.click(Math.round(at.x), Math.round(at.y));
    },
    type: (text) => page.keyboard.type(text),
    press,
    dispose: async () => {},
  });
}
