/** A JSON-LD node as parsed: any shape, trusted for nothing. */
export type Node = Record<string, unknown>;

/** Bigger blocks are skipped: no talk page needs them, and parsing them costs the page. */
const MAX_SCRIPT = 512 * 1024;
const MAX_NODES = 200;

/** Every JSON-LD node on the page, with arrays and `@graph` flattened; broken blocks are skipped. */
export function readJsonLd(doc: Document): Node[] {
  const nodes: Node[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    try {
      collect(JSON.parse(text) as unknown, nodes, 0);
    } catch {
      // Sites ship broken JSON-LD often enough; one bad block must not hide the others.
    }
    if (nodes.length >= MAX_NODES) break;
  }
  return nodes.slice(0, MAX_NODES);
}

function collect(value: unknown, out: Node[], depth: number): void {
  if (depth > 3 || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) collect(value['@graph'], out, depth + 1);
  }
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `node` is of `type`; `@type` may be a string or a list, and `…Event` subtypes count as `Event`. */
export function hasType(node: Node, type: string): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && (x === type || (type === 'Event' && /^[A-Z]\w*Event$/.test(x))));
}

/** The nodes a property holds: one, a list, or none. */
export function nodesOf(value: unknown, max = 50): Node[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isNode).slice(0, max);
}

/** A property's text: a string, a number, or the `name`/`@value` of a node. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value['@value'] ?? value['name']);
  return undefined;
}

/** Seconds in an ISO 8601 duration such as `PT1H2M3.5S` (or a plain number of seconds); null otherwise. */
export function parseIsoDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  if (/^\d+(?:\.\d+)?$/.test(value.trim())) return Number(value.trim());
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(value.trim());
  if (!m || value.trim() === 'P' || value.trim() === 'PT') return null;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return Number(d) * 86400 + Number(h) * 3600 + Number(min) * 60 + Number(s);
}
