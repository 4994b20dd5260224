// Raw WebDriver BiDi commands on puppeteer-core's own session, for what its Page API lacks:
// closed shadow roots (node serialization with includeShadowTree "all"), role lookups in the
// browser's accessibility tree (browsingContext.locateNodes), and chrome-scope evaluation
// (Firefox with --remote-allow-system-access) to drive the add-on manager.
import type { Browser, Page } from 'puppeteer-core';
import { until } from './wait';

export interface SharedRef {
  sharedId: string;
}

export interface NodeValue {
  type: 'node';
  sharedId: string;
  value?: { nodeType: number; localName?: string; shadowRoot?: NodeValue | null };
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
  emit(event: string, info: unknown): void;
}

/** puppeteer-core 24's BiDi frame keeps its browsing context, which keeps the session. */
interface BidiFrameInternals {
  browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
}

export interface Bidi {
  context: string;
  send<T>(method: string, params: object): Promise<T>;
}

export function bidiOf(page: Page): Bidi {
  const { browsingContext } = page.mainFrame() as unknown as BidiFrameInternals;
  if (!browsingContext?.userContext) throw new Error('not a WebDriver BiDi page (puppeteer-core internals changed?)');
  const session = browsingContext.userContext.browser.session;
  return {
    context: browsingContext.id,
    send: async <T>(method: string, params: object) => (await session.send(method, params)).result as T,
  };
}

interface ContextInfo {
  context: string;
  url: string;
}

/**
 * Firefox's remote agent sends no browsingContext.contextCreated for a tab that a link in an
 * extension page opens (target=_blank on a moz-extension: page): the tab is open and loaded,
 * getTree lists it, but puppeteer never learns of it. Announces such tabs to puppeteer as its
 * own start-up sync does (a simulated contextCreated for each top-level context it lacks).
 */
export async function adoptUnannouncedTabs(browser: Browser): Promise<void> {
  const first = (await browser.pages())[0];
  if (!first) return;
  const { browsingContext } = first.mainFrame() as unknown as BidiFrameInternals;
  const session = browsingContext.userContext.browser.session;
  const { result } = await session.send('browsingContext.getTree', { maxDepth: 0 });
  // Read after getTree's reply, which comes after any announcement sent before it: no tab twice.
  const known = new Set((await browser.pages()).map((page) => bidiOf(page).context));
  for (const info of (result as { contexts: ContextInfo[] }).contexts) {
    if (!known.has(info.context)) session.emit('browsingContext.contextCreated', info);
  }
}

/**
 * Closes every tab the browser has (getTree's list, not puppeteer's, which can miss a tab or keep
 * one whose close it never saw), without beforeunload prompts, and waits until what is left is
 * the blank tab Firefox opens in place of a window's last one.
 */
export async function closeAllTabs(browser: Browser): Promise<void> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const { browsingContext } = page.mainFrame() as unknown as BidiFrameInternals;
  const session = browsingContext.userContext.browser.session;
  const tree = async () => ((await session.send('browsingContext.getTree', { maxDepth: 0 })).result as { contexts: ContextInfo[] }).contexts;
  const open = await tree();
  // The last tab's close opens the blank one; any already blank tab is kept as that one.
  const keep = open.find((c) => c.url === 'about:blank');
  for (const info of open) {
    if (info !== keep) await session.send('browsingContext.close', { context: info.context, promptUnload: false }).catch(() => {});
  }
  await until('only the blank tab', async () => {
    const left = await tree();
    return left.length > 0 && left.every((c) => c.url === 'about:blank');
  }, { timeout: 5_000, interval: 50 }).catch(async (error: Error) => {
    throw new Error(`${error.message}; still open: ${(await tree()).map((c) => c.url).join(', ')}`);
  });
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

export interface RemoteValue {
  type: string;
  value?: unknown;
}

/** Unwraps a result that the function returned as a JSON string (so no BiDi deserializer is needed). */
function unwrapJson<T>(reply: EvaluateResult, what: string): T {
  if (reply.type === 'exception') throw new Error(`${what}: ${reply.exceptionDetails?.text ?? 'exception'}`);
  const value = reply.result?.value;
  return (typeof value === 'string' ? JSON.parse(value) : undefined) as T;
}

const SANDBOX = 'talk-notes-e2e';

/**
 * Calls `fn` (source of a function returning a JSON-able value) in a BiDi sandbox of the
 * page: the page's own scripts can neither see nor patch what it uses.
 */
export async function callInSandbox<T>(bidi: Bidi, fn: string, self: SharedRef | undefined, args: unknown[]): Promise<T> {
  const reply = await bidi.send<EvaluateResult>('script.callFunction', {
    functionDeclaration: `async function (...args) { return JSON.stringify(await (${fn}).apply(this, args)); }`,
    this: self,
    arguments: args.map((a) => (isRef(a) ? { sharedId: a.sharedId } : serialize(a))),
    target: { context: bidi.context, sandbox: SANDBOX },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return unwrapJson<T>(reply, 'in-page call failed');
}

/**
 * Like callInSandbox, but returns the array `fn` returns as BiDi values: nodes serialized with
 * their closed shadow roots (and nothing below them), anything else as its type and value.
 */
export async function valuesInSandbox(bidi: Bidi, fn: string, args: unknown[]): Promise<RemoteValue[]> {
  const reply = await bidi.send<EvaluateResult>('script.callFunction', {
    functionDeclaration: fn,
    arguments: args.map((a) => (isRef(a) ? { sharedId: a.sharedId } : serialize(a))),
    target: { context: bidi.context, sandbox: SANDBOX },
    awaitPromise: true,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  if (reply.type === 'exception') throw new Error(`in-page call failed: ${reply.exceptionDetails?.text}`);
  return (reply.result?.value as RemoteValue[] | undefined) ?? [];
}

const isRef = (a: unknown): a is SharedRef => typeof a === 'object' && a !== null && 'sharedId' in a;

function serialize(value: unknown): object {
  if (value === undefined) return { type: 'undefined' };
  if (value === null) return { type: 'null' };
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  // Anything else crosses as JSON text, parsed on the other side.
  return { type: 'string', value: JSON.stringify(value) };
}

export async function locate(bidi: Bidi, locator: object, startNodes?: SharedRef[]): Promise<NodeValue[]> {
  const { nodes } = await bidi.send<{ nodes: NodeValue[] }>('browsingContext.locateNodes', {
    context: bidi.context,
    locator,
    ...(startNodes ? { startNodes: startNodes.map((n) => ({ sharedId: n.sharedId })) } : {}),
  });
  return nodes;
}

/** Runs `body` (an async function's body) in the browser's chrome scope and returns its JSON-able result. */
export async function chromeScope<T>(browser: Browser, body: string): Promise<T> {
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const bidi = bidiOf(page);
  const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const window = tree.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!window) throw new Error('no chrome window (is Firefox started with --remote-allow-system-access?)');
  const reply = await bidi.send<EvaluateResult>('script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${body} })() ?? null))()`,
    target: { context: window.context },
    awaitPromise: true,
  });
  return unwrapJson<T>(reply, 'chrome-scope call failed');
}

/** Runs `body` in the chrome scope with `ext`, the add-on's Extension object. */
export function chromeEval<T>(browser: Browser, addonId: string, body: string): Promise<T> {
  return chromeScope<T>(browser, `
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
    if (!ext) throw new Error('add-on not installed: ' + ${JSON.stringify(addonId)});
    ${body}
  `);
}

/**
 * Moves the focus from the browser's toolbar into `page`'s tab as a person's Tab presses do:
 * one toolbar stop after another (the focus manager's own Tab step) until the tab's content
 * has it, at the page's first control (`forward`) or its last.
 */
export async function tabBackIntoPage(browser: Browser, addonId: string, page: Page, forward: boolean): Promise<void> {
  await chromeEval(browser, addonId, `
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const tab = NavigableManager.getBrowserById(${JSON.stringify(bidiOf(page).context)});
    const win = tab?.ownerDocument.defaultView;
    if (!win || tab !== win.gBrowser.selectedBrowser) return;
    const fm = Services.focus;
    const sleep = (ms) => new Promise((resolve) => win.setTimeout(resolve, ms));
    for (let i = 0; i < 100 && fm.focusedElement !== tab; i++) {
      const from = fm.focusedElement;
      fm.moveFocus(win, null, ${forward ? 'fm.MOVEFOCUS_FORWARD' : 'fm.MOVEFOCUS_BACKWARD'}, fm.FLAG_BYKEY);
      // Into the tab's content the step completes a moment later (the page is in another process).
      for (let wait = 0; wait < 40 && fm.focusedElement === from; wait++) await sleep(25);
    }
    if (fm.focusedElement !== tab) throw new Error('Tab never came back from the toolbar into the page');
  `);
}
