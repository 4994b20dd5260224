#!/usr/bin/env node
/**
 * Reads the imports of every source file under entrypoints/, components/ and utils/ and fails on
 * an import cycle, an import against the layer order, or a relative import (the style is `@/`).
 * Type-only imports count: a contract written in the store's types depends on the store.
 * Usage: node scripts/check-layers.mjs [root]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOTS = ['entrypoints', 'components', 'utils'];
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

/**
 * Each layer: the folders (or files) it holds, and the layers it must not import. The first
 * matching layer names a file; a file under none is checked for cycles and style only.
 */
export const LAYERS = [
  { name: 'model', holds: ['utils/model/'], only: ['model'] },
  { name: 'formats', holds: ['utils/formats/'], only: ['model', 'formats'] },
  { name: 'store', holds: ['utils/store/'], only: ['model', 'formats', 'store'] },
  // Pure over two interfaces (the server's files, the local records): the background wires it.
  { name: 'sync', holds: ['utils/sync/'], only: ['model', 'formats', 'sync'] },
  { name: 'contract', holds: ['utils/messages/'], never: ['store', 'background', 'views', 'view models', 'content'] },
  { name: 'background', holds: ['utils/background/'], never: ['views', 'view models', 'content'] },
  { name: 'view models', holds: ['utils/sidebar/', 'utils/library/'], never: ['store', 'background'] },
  { name: 'views', holds: ['components/'], never: ['store', 'background'] },
  { name: 'content', holds: ['utils/content/'], never: ['store', 'background'] },
];

export function layerOf(file) {
  return LAYERS.find((l) => l.holds.some((h) => file.startsWith(h)));
}

/** The specifiers a file imports (static, re-exports, dynamic with a literal). */
export function importsOf(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})\s*(?:as\s+\w+\s*)?from\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.push(m[1]);
  return found;
}

function listFiles(root, dir, out) {
  const full = join(root, dir);
  if (!existsSync(full)) return out;
  for (const name of readdirSync(full).sort()) {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) listFiles(root, path, out);
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The project file a specifier names (root-relative), or null for a package. */
function resolveImport(root, from, spec) {
  let base;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = posix.normalize(posix.join(posix.dirname(from), spec));
  else return null;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return base;
}

/** Every cycle of the graph, once each, as the files around it (Tarjan's strongly connected components). */
export function cyclesOf(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

/** Every problem in the tree at `root`, as lines a person can act on; empty when it is clean. */
export function checkLayers(root) {
  const files = ROOTS.flatMap((dir) => listFiles(root, dir, []));
  const graph = new Map();
  const problems = [];
  for (const file of files) {
    const deps = [];
    const layer = layerOf(file);
    for (const spec of importsOf(readFileSync(join(root, file), 'utf8'))) {
      if (spec.startsWith('.')) problems.push(`${file}: relative import '${spec}' (write '@/…')`);
      const target = resolveImport(root, file, spec);
      if (target === null) continue;
      deps.push(target);
      const to = layerOf(target);
      if (!layer || !to || to === layer) continue;
      const refused = layer.only ? !layer.only.includes(to.name) : (layer.never ?? []).includes(to.name);
      if (refused) problems.push(`${file}: ${layer.name} imports ${to.name} (${target})`);
    }
    graph.set(file, deps);
  }
  for (const cycle of cyclesOf(graph)) problems.push(`import cycle: ${cycle.join(' ↔ ')}`);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = checkLayers(root);
  for (const p of problems) console.error(p);
  if (problems.length > 0) {
    console.error(`check-layers: ${problems.length} problem(s) in ${relative(process.cwd(), root) || '.'}`);
    process.exit(1);
  }
  console.log('check-layers: no cycles, no imports against the layers, one import style');
}
