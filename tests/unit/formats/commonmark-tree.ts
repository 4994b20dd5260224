import { Parser, type Node, type NodeType } from 'commonmark';
import { safeHref, type InlineNode } from '@/utils/formats/note-inline';

/** Reading exports back with the reference CommonMark parser, to test what readers see rather than bytes. */
export const parse = (md: string): Node => new Parser().parse(md);

export function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
}

/** Every node under `node` (itself included), in document order. */
export function descendants(node: Node): Node[] {
  const out: Node[] = [];
  const walker = node.walker();
  for (let e = walker.next(); e; e = walker.next()) if (e.entering) out.push(e.node);
  return out;
}

/** The text a reader sees: text and code literals, line breaks as newlines. */
export function textOf(nodes: Node | readonly Node[]): string {
  const list = Array.isArray(nodes) ? nodes : [nodes as Node];
  return list
    .flatMap(descendants)
    .map((n) => (n.type === 'text' || n.type === 'code' ? (n.literal ?? '') : n.type === 'linebreak' || n.type === 'softbreak' ? '\n' : ''))
    .join('');
}

export function typesOf(nodes: readonly Node[]): NodeType[] {
  return [...new Set(nodes.flatMap(descendants).map((n) => n.type))].sort();
}

export function headingTree(doc: Node): [number, string][] {
  return descendants(doc)
    .filter((n) => n.type === 'heading')
    .map((n) => [n.level, textOf(n)]);
}

/** Inline nodes as the sidebar's tree (note-inline.ts) shows them, to compare what a reader of the export sees with what the sidebar rendered. */
export function inlineTree(nodes: readonly Node[]): InlineNode[] {
  return mergeText(
    nodes.map((n): InlineNode => {
      if (n.type === 'emph' || n.type === 'strong') return { type: n.type === 'emph' ? 'em' : 'strong', children: inlineTree(children(n)) };
      if (n.type === 'link') return { type: 'link', href: safeHref(n.destination ?? '') ?? `unsafe:${n.destination}`, children: inlineTree(children(n)) };
      if (n.type === 'code') return { type: 'code', text: n.literal ?? '' };
      if (n.type === 'text') return { type: 'text', text: n.literal ?? '' };
      if (n.type === 'linebreak' || n.type === 'softbreak') return { type: 'text', text: '\n' };
      // Anything else (HTML, an image) shows as its type, so a comparison with the sidebar's tree fails.
      return { type: 'text', text: `<${n.type}>` };
    }),
  );
}

/** Adjacent text nodes joined, empty ones dropped, as the sidebar's tree holds them. */
export function mergeText(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && node.text === '') continue;
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}

/** The characters a tree shows, as a reader sees them. */
export function treeText(nodes: readonly InlineNode[]): string {
  return nodes.map((n) => ('children' in n ? treeText(n.children) : n.text)).join('');
}
