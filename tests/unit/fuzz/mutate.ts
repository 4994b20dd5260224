// Damage for fuzzing: JSON documents with one part removed, replaced, retyped or duplicated,
// and texts cut, spliced or corrupted. Each arbitrary is a plain description; apply it with
// the matching function, so fast-check can shrink a failing case to the smallest damage.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export interface Mutation {
  op: 'delete' | 'replace' | 'duplicate' | 'wrap' | 'stringify';
  /** Which node, modulo the number of nodes. */
  at: number;
  value: Json;
}

/** Values that break type assumptions, plus the keys and strings that break naive code. */
export const hostileJson: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    '__proto__', 'constructor', 'toString', '', ' ', '\u0000', '\u202e', 'x'.repeat(5000),
    -1, 0, -0.5, 1e308, -1e308, 2 ** 53, 1.5, '1', 'NaN', '2024-13-45T99:99:99Z',
    JSON.parse('{"__proto__":{"polluted":true}}') as Json, { constructor: { prototype: { polluted: true } } },
    [], {}, [[[[[]]]]], 'javascript:alert(1)', '<img src=x onerror=alert(1)>',
    '00000000-0000-4000-8000-000000000001', 'youtube:dQw4w9WgXcQ', 'youtube:', 'web:https://x',
  ),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('delete', 'replace', 'replace', 'duplicate', 'wrap', 'stringify'),
  at: fc.nat(),
  value: hostileJson,
});

function paths(doc: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (doc && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** A damaged deep copy of `doc`. */
export function mutate(doc: Json, m: Mutation): Json {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  const all = paths(copy);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.op === 'delete' ? null : m.value;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, copy) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const old = parent[key]!;
  const set = (v: Json) => Object.defineProperty(parent, key, { value: v, enumerable: true, writable: true, configurable: true });
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'replace':
      set(m.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(key as number, 0, JSON.parse(JSON.stringify(old)) as Json);
      else set([old, old]);
      break;
    case 'wrap':
      set({ value: old });
      break;
    case 'stringify':
      set(JSON.stringify(old));
      break;
  }
  return copy;
}

export interface TextDamage {
  op: 'cut' | 'splice' | 'flip';
  at: number;
  text: string;
}

export const textDamage: fc.Arbitrary<TextDamage> = fc.record({
  op: fc.constantFrom('cut', 'splice', 'flip'),
  at: fc.nat(),
  text: fc.string({ maxLength: 8, unit: 'binary' }),
});

export function damageText(text: string, d: TextDamage): string {
  const i = d.at % (text.length + 1);
  if (d.op === 'cut') return text.slice(0, i);
  if (d.op === 'splice') return text.slice(0, i) + d.text + text.slice(i);
  const c = text.charCodeAt(i) || 32;
  return text.slice(0, i) + String.fromCharCode(c ^ 0x20) + text.slice(i + 1);
}
