/** A JSON-LD node as parsed: any shape, trusted for nothing. */
export type Node = Record<string, unknown>;

/** Bigger blocks are skipped: no talk page needs them, and parsing them costs the page. */
const MAX_SCRIPT = 512 * 1024;
const MAX_NODES = 200;
/** Nodes looked at when linking `@id`s and searching nested ones: a page's graph, not a catalogue. */
const MAX_WALK = 2000;
const MAX_DEPTH = 8;

/**
 * Every JSON-LD node at the top of the page's blocks (each script tag, top-level arrays and
 * `@graph` flattened; broken blocks skipped), with `@id` references between nodes of all the
 * blocks replaced by the nodes they name. The result may hold cycles (`recordedIn` ↔ `recordedAt`).
 */
export function readJsonLd(doc: Document): Node[] {
  const roots: Node[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    try {
      collect(JSON.parse(text) as unknown, roots, 0);
    } catch {
      // Sites ship broken JSON-LD often enough; one bad block must not hide the others.
    }
    if (roots.length >= MAX_NODES) break;
  }
  return link(roots.slice(0, MAX_NODES));
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

/** Every node in `roots` and nested in their properties, each once, breadth first. */
export function everyNode(roots: readonly Node[]): Node[] {
  const seen = new Set<Node>();
  let level: unknown[] = [...roots];
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0 && seen.size < MAX_WALK; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (Array.isArray(value)) {
        next.push(...value.slice(0, MAX_NODES));
      } else if (isNode(value) && !seen.has(value) && seen.size < MAX_WALK) {
        seen.add(value);
        for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) next.push(v);
      }
    }
    level = next;
  }
  return [...seen];
}

/**
 * Replaces each `{"@id": …}` reference with the fullest node of that id; nodes sharing an id
 * (a CMS repeats them across blocks) are merged into it, the fullest one's values first.
 */
function link(roots: Node[]): Node[] {
  const all = everyNode(roots);
  const byId = new Map<string, Node>();
  for (const node of all) {
    const id = idOf(node);
    const known = id === undefined ? undefined : byId.get(id);
    if (id !== undefined && (!known || Object.keys(node).length > Object.keys(known).length)) byId.set(id, node);
  }
  for (const node of all) {
    const id = idOf(node);
    const full = id === undefined ? undefined : byId.get(id);
    if (!full || full === node) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key !== '__proto__' && !Object.prototype.hasOwnProperty.call(full, key)) full[key] = value;
    }
  }
  const resolve = (value: unknown): unknown => {
    const id = isNode(value) ? idOf(value) : undefined;
    return (id !== undefined && byId.get(id)) || value;
  };
  for (const node of all) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '__proto__' || key === '@graph' || key === '@value') continue;
      node[key] = Array.isArray(value) ? value.map(resolve) : resolve(value);
    }
  }
  return roots.map((n) => resolve(n) as Node);
}

function idOf(node: Node): string | undefined {
  const id = node['@id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `node` is of `type`; `@type` may be a string or a list, with or without the
 * vocabulary's prefix (`schema:Event`, `https://schema.org/Event`), and `…Event` subtypes count
 * as `Event`.
 */
export function hasType(node: Node, type: string): boolean {
  const t = node['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => {
    if (typeof x !== 'string') return false;
    const name = x.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '');
    return name === type || (type === 'Event' && /^[A-Z]\w*Event$/.test(name));
  });
}

/** The nodes a property holds: one, a list, or none. */
export function nodesOf(value: unknown, max = 50): Node[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isNode).slice(0, max);
}

/** A property's text: a string, a number, or the `name`/`@value` of a node (a few levels down: linked nodes may loop). */
export function textOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth > 3) return undefined;
  if (Array.isArray(value)) return textOf(value[0], depth + 1);
  if (isNode(value)) return textOf(value['@value'] ?? value['name'], depth + 1);
  return undefined;
}

/**
 * Seconds in an ISO 8601 duration such as `PT1H2M3.5S`, a number of seconds (also as a string,
 * as CMSs write them); null otherwise.
 */
export function parseIsoDuration(value: unknown): number | null {
  if (isNode(value)) return isNode(value['@value']) ? null : parseIsoDuration(value['@value']);
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i.exec(text);
  if (!m || /^PT?$/i.test(text)) return null;
  const [, d = '0', h = '0', min = '0', s = '0'] = m;
  return Number(d) * 86400 + Number(h) * 3600 + Number(min) * 60 + Number(s.replace(',', '.'));
}
