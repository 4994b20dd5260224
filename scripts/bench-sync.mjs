// The sync figures of `npm run bench` (also `node scripts/bench-sync.mjs` alone): two devices,
// each the product's own store (fake-indexeddb in Node, as the unit tests run it), syncing the
// bench's 50,000-note library through `rclone serve webdav` on loopback: the first sync's time,
// a new note's way to the other device, and the bytes a sync sends after 1 and 1,000 changes
// (which must grow with the changes, not with the library). Printed with targets; nothing asserted.
// The sync code is TypeScript: it is bundled for Node by Vite first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { benchDataset } from './lib/bench-data.mjs';

/** Builds and runs the figures; returns rows of { what, pass, median, target, unit } like the other bench figures (one measurement each). */
export async function syncBench() {
  const outDir = join(import.meta.dirname, '..', 'node_modules', '.cache', 'talk-notes-bench-sync');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': join(import.meta.dirname, '..') } },
    build: { ssr: join(import.meta.dirname, 'lib', 'sync-bench.ts'), outDir, emptyOutDir: true, minify: false },
  });
  const { syncFigures } = await import(pathToFileURL(join(outDir, 'sync-bench.js')).href);
  const data = benchDataset();
  const rows = [];
  const started = Date.now();
  const log = (step) => process.env.BENCH_VERBOSE && console.log(`  … ${((Date.now() - started) / 1000).toFixed(1)} s: ${step}`);
  for (const f of await syncFigures(data.text, JSON.parse(data.text).notes.length, log)) {
    const t = f.target;
    const pass = t === null || ('ms' in t ? f.ms <= t.ms : f.bytesSent <= t.bytes);
    const target = t === null ? 'for reference' : 'ms' in t ? `target ≤ ${t.ms / 1000} s` : `target ≤ ${kb(t.bytes)}`;
    const value = t !== null && 'bytes' in t ? `${kb(f.bytesSent)} sent` : `${(f.ms / 1000).toFixed(2)} s, ${kb(f.bytesSent)} sent, ${kb(f.bytesReceived)} received`;
    console.log(`${t === null ? 'INFO' : pass ? 'PASS' : 'MISS'}  sync: ${f.what}: ${value} (${target})`);
    if (t === null) continue;
    const figure = 'ms' in t ? { median: f.ms, target: t.ms, unit: 'ms' } : { median: f.bytesSent / 1024, target: t.bytes / 1024, unit: 'KB' };
    rows.push({ what: `sync: ${f.what}`, pass, ...figure });
  }
  return rows;
}

function kb(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log('Talk Notes sync bench: the store in Node (fake-indexeddb), rclone serve webdav on loopback');
  const rows = await syncBench();
  console.log(`\n${rows.filter((r) => r.pass).length} of ${rows.length} within target.`);
}
