import { Parser, type Node, type NodeType } from 'commonmark';

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
