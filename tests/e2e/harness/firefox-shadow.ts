// The page's shadow roots (open or closed) for the Firefox driver's lookups. Only BiDi's node
// serialization reveals a closed root, one element at a time, so serializing every element that
// may host one on every lookup (and every poll of a wait) was the driver's largest cost. The hosts
// are found once per document; afterwards a mutation observer in the driver's sandbox hands over
// only the elements added since, and the known hosts are checked to be still in the page.
import { valuesInSandbox, type Bidi, type NodeValue, type SharedRef } from './bidi';

/** Element names that may host a shadow root: the spec's list, plus custom elements. */
const CAN_HOST = String.raw`/^(article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$|-/`;

/**
 * Starts watching the document (once per document: the sandbox's state goes with it) and returns
 * `[state, ...candidates]`: state is "new" for a document not seen before, else one 1/0 per host
 * passed (still in the page or not); candidates are the elements that may host a shadow root,
 * in the whole document (new, or `full`) or among the elements added since the last call.
 */
const CHANGES = `function (full, ...hosts) {
  const can = ${CAN_HOST};
  let s = globalThis.__talkNotesShadows;
  const fresh = !s;
  if (!s) {
    s = globalThis.__talkNotesShadows = { added: [], watched: new WeakSet() };
    s.note = (records) => { for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) s.added.push(n); };
    s.observer = new MutationObserver((records) => s.note(records));
    s.observer.observe(document, { childList: true, subtree: true });
    s.watched.add(document);
  }
  s.note(s.observer.takeRecords());
  const out = new Set();
  const take = (el) => { if (can.test(el.localName)) out.add(el); };
  if (fresh || full) for (const el of document.querySelectorAll('*')) take(el);
  else for (const el of s.added) if (el.isConnected) { take(el); for (const d of el.querySelectorAll('*')) take(d); }
  s.added = [];
  return [fresh ? 'new' : hosts.map((h) => (h.isConnected ? '1' : '0')).join(''), ...out];
}`;

/** Watches `roots` for added elements too, and returns the elements inside them that may host a shadow root. */
const INSIDE = `function (...roots) {
  const can = ${CAN_HOST};
  const s = globalThis.__talkNotesShadows;
  const out = [];
  for (const root of roots) {
    if (!s.watched.has(root)) {
      s.watched.add(root);
      s.observer.observe(root, { childList: true, subtree: true });
    }
    for (const el of root.querySelectorAll('*')) if (can.test(el.localName)) out.push(el);
  }
  return out;
}`;

/** The hosts' indexes in document order (all are in the document itself). */
const ORDER = `function (...hosts) {
  return hosts.map((h, i) => [h, i]).sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).map(([, i]) => i);
}`;

interface Known {
  host: SharedRef;
  root: NodeValue;
  /** 0 for a host in the document, 1 for one in a shadow root, and so on. */
  depth: number;
}

export interface ShadowRoots {
  /** Every shadow root in the page, outer ones first; `full` looks at every element again. */
  list(full?: boolean): Promise<SharedRef[]>;
}

export function shadowRoots(bidi: Bidi): ShadowRoots {
  let known: Known[] = [];

  const rootsOf = (nodes: NodeValue[], depth: number): Known[] => {
    const seen = new Set(known.map((k) => k.host.sharedId));
    return nodes
      .filter((n) => n.type === 'node' && n.value?.shadowRoot?.sharedId && !seen.has(n.sharedId))
      .map((n) => ({ host: { sharedId: n.sharedId }, root: n.value!.shadowRoot!, depth }));
  };

  async function changes(full: boolean): Promise<NodeValue[]> {
    let reply;
    try {
      reply = await valuesInSandbox(bidi, CHANGES, [full, ...known.map((k) => k.host)]);
    } catch (error) {
      // A host of a document navigated away from is no node any more: start over.
      if (known.length === 0) throw error;
      known = [];
      reply = await valuesInSandbox(bidi, CHANGES, [true]);
    }
    const [state, ...nodes] = reply;
    const alive = String(state?.value ?? '');
    known = alive === 'new' || full ? [] : known.filter((_, i) => alive[i] === '1');
    return nodes as NodeValue[];
  }

  /** Hosts added later are put where a scan of the whole page would list them: by depth, the document's in its order. */
  async function reorder() {
    const top = known.filter((k) => k.depth === 0);
    const order = (await valuesInSandbox(bidi, ORDER, top.map((k) => k.host))).map((v) => Number(v.value));
    const sorted = order.map((i) => top[i]!);
    known = [...(sorted.length === top.length ? sorted : top), ...known.filter((k) => k.depth > 0).sort((a, b) => a.depth - b.depth)];
  }

  return {
    async list(full = false) {
      const before = known.length;
      let fresh = rootsOf(await changes(full), 0);
      // Roots inside roots: each level's new roots are watched and searched for hosts in turn.
      for (let depth = 1; fresh.length && depth <= 8; depth++) {
        known.push(...fresh);
        fresh = rootsOf((await valuesInSandbox(bidi, INSIDE, fresh.map((k) => k.root))) as NodeValue[], depth);
      }
      if (before > 0 && known.length > before) await reorder();
      return known.map((k) => k.root);
    },
  };
}

/**
 * For the document and then each root: the elements a search of it starts from, in order. What
 * is never drawn (head, style, script…) is left out; an <html> inside a shadow root (WXT's) is
 * entered, as the document's own is.
 */
const STARTS = `function (...roots) {
  const inert = /^(head|title|base|meta|link|style|script|template)$/;
  const starts = (parent) => [...parent.children].flatMap((el) => (inert.test(el.localName) ? [] : el.localName === 'html' ? starts(el) : [el]));
  const groups = [document, ...roots].map(starts);
  return [groups.map((g) => g.length).join(','), ...groups.flat()];
}`;

export async function searchStarts(bidi: Bidi, roots: SharedRef[]): Promise<SharedRef[][]> {
  const [counts, ...nodes] = await valuesInSandbox(bidi, STARTS, roots);
  let at = 0;
  return String(counts?.value ?? '').split(',').map((n) => {
    const group = (nodes.slice(at, at + Number(n)) as NodeValue[]).map((v) => ({ sharedId: v.sharedId }));
    at += Number(n);
    return group;
  });
}
