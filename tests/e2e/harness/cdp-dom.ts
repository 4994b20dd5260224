// Finding and reading elements over CDP, through closed shadow roots. Everything is keyed
// by backendNodeId, which stays valid while the element lives (nodeIds do not).
import type { CDPSession } from 'playwright-core';
import type { Name, Target } from './types';

export const matches = (name: Name | undefined, actual: string) =>
  name === undefined || (typeof name === 'string' ? name === actual : name.test(actual));

export interface Found {
  backendNodeId: number;
  /** Accessible name, or the node name for CSS lookups. */
  label: string;
}

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** Collapses whitespace as Playwright's getByRole does, so icons' spacing does not matter. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Every element whose computed role and name match, in the accessibility tree's order (the
 * document's, a shadow root's content where its host is); hidden ones are left out.
 * Roles that take no name from their content (listitem, paragraph, generic…) are matched on
 * their visible text instead, as a reader would.
 */
export async function findByRole(cdp: CDPSession, role: string, name?: Name): Promise<Found[]> {
  // queryAXTree computes role (and, for what it returns, the name) only under the node it is
  // given, where the whole tree's serialization cost every lookup tens of milliseconds.
  const nodes = (await queryDocument(cdp, role)).filter((n) => !n.ignored && n.backendDOMNodeId !== undefined && n.role?.value === role);
  const labels = await Promise.all(nodes.map(async (node) => {
    const own = typeof node.name?.value === 'string' ? node.name.value : '';
    return clean(own.trim() ? own : (await staticTexts(cdp, node.backendDOMNodeId!)).join(' '));
  }));
  return nodes.flatMap((node, i) => (matches(name, labels[i]!) ? [{ backendNodeId: node.backendDOMNodeId!, label: labels[i]! }] : []));
}

/** The accessible nodes with `role` (any role: every node) under the element, itself included, in document order, ignored ones too. */
async function queryAX(cdp: CDPSession, backendNodeId: number, role?: string): Promise<AxNode[]> {
  const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId, ...(role ? { role } : {}) })) as { nodes: AxNode[] };
  return nodes;
}

/** The text a reader meets under the element: its shown text runs, in order. */
async function staticTexts(cdp: CDPSession, backendNodeId: number): Promise<string[]> {
  const nodes = await queryAX(cdp, backendNodeId, 'StaticText');
  return nodes.filter((n) => !n.ignored && n.role?.value === 'StaticText').map((n) => String(n.name?.value ?? ''));
}

/**
 * The accessible nodes with `role` in the whole document. The document's node is asked for on
 * each lookup: one kept across a reload went on answering for the old document, with nothing.
 */
async function queryDocument(cdp: CDPSession, role: string): Promise<AxNode[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  return queryAX(cdp, root.backendNodeId, role);
}

/** The former lookup over the whole accessibility tree, kept to check the scoped one against (E2E_LOOKUP_CHECK=1). */
export async function findByRoleInFullTree(cdp: CDPSession, role: string, name?: Name): Promise<Found[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AxNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const textOf = (node: AxNode): string[] =>
    node.role?.value === 'StaticText'
      ? [String(node.name?.value ?? '')]
      : (node.childIds ?? []).flatMap((id) => {
          const child = byId.get(id);
          return child ? textOf(child) : [];
        });
  const found: Found[] = [];
  for (const node of nodes) {
    if (node.ignored || node.backendDOMNodeId === undefined || node.role?.value !== role) continue;
    const own = typeof node.name?.value === 'string' ? node.name.value : '';
    const label = clean(own.trim() ? own : textOf(node).join(' '));
    if (matches(name, label)) found.push({ backendNodeId: node.backendDOMNodeId, label });
  }
  return found;
}

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
  templateContent?: DomNode;
}

/** `selector` run against the document and, separately, inside every shadow root (open or closed). */
export async function findByCss(cdp: CDPSession, selector: string): Promise<Found[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const scopes: number[] = [root.nodeId];
  const backendOf = new Map<number, DomNode>();
  const walk = (node: DomNode) => {
    backendOf.set(node.nodeId, node);
    for (const shadow of node.shadowRoots ?? []) {
      scopes.push(shadow.nodeId);
      walk(shadow);
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  const found: Found[] = [];
  for (const scope of scopes) {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: scope, selector });
    for (const id of nodeIds) {
      const node = backendOf.get(id);
      if (node) found.push({ backendNodeId: node.backendNodeId, label: node.nodeName.toLowerCase() });
    }
  }
  return found;
}

export const find = (cdp: CDPSession, target: Target) =>
  'css' in target ? findByCss(cdp, target.css) : findByRole(cdp, target.role, target.name);

/** Runs `fn` with the element as `this` (main world wrapper, invisible to page scripts) and returns its JSON result. */
export async function callOn<T>(cdp: CDPSession, backendNodeId: number, fn: string, args: unknown[] = []): Promise<T> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    if (object.objectId) await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
  }
}

/** Scrolls the element into view and returns a point inside it, in viewport CSS pixels. */
export async function clickPoint(cdp: CDPSession, backendNodeId: number): Promise<{ x: number; y: number }> {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId });
  const quad = quads.find((q) => area(q) > 1);
  if (!quad) throw new Error('element has no visible box');
  const xs = [quad[0], quad[2], quad[4], quad[6]] as number[];
  const ys = [quad[1], quad[3], quad[5], quad[7]] as number[];
  return { x: xs.reduce((a, b) => a + b) / 4, y: ys.reduce((a, b) => a + b) / 4 };
}

function area(q: number[]): number {
  let sum = 0;
  for (let i = 0; i < 8; i += 2) {
    const at = (k: number) => q[k % 8] ?? 0;
    sum += at(i) * at(i + 3) - at(i + 2) * at(i + 1);
  }
  return Math.abs(sum) / 2;
}

/** Whether a click at (x, y) lands on the element or inside it (crossing shadow boundaries). */
export async function hits(cdp: CDPSession, backendNodeId: number, x: number, y: number): Promise<boolean> {
  // getNodeForLocation takes document coordinates; the content quads are the viewport's.
  const { cssVisualViewport: view } = await cdp.send('Page.getLayoutMetrics');
  const at = { x: Math.round(x + view.pageX), y: Math.round(y + view.pageY) };
  const hit = await cdp.send('DOM.getNodeForLocation', { ...at, ignorePointerEventsNone: false });
  if (hit.backendNodeId === backendNodeId) return true;
  const [outer, inner] = await Promise.all([backendNodeId, hit.backendNodeId].map((id) => cdp.send('DOM.resolveNode', { backendNodeId: id })));
  try {
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: outer!.object.objectId,
      functionDeclaration: `function (inner) {
        for (let n = inner; n; n = n.parentNode ?? n.host) if (n === this) return true;
        return false;
      }`,
      arguments: [{ objectId: inner!.object.objectId }],
      returnByValue: true,
    });
    return result.value === true;
  } finally {
    for (const r of [outer, inner]) if (r?.object.objectId) await cdp.send('Runtime.releaseObject', { objectId: r.object.objectId }).catch(() => {});
  }
}
