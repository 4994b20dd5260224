// `node scripts/bench-sync.mjs`: how long the first sync of the bench's 50,000 notes takes to
// a WebDAV server on this machine (`rclone serve webdav` on loopback), plain and encrypted,
// and how many bytes a small change sends afterwards. Not part of `npm test`.
// The sync code is TypeScript: it is bundled for Node by Vite first.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { benchDataset } from './lib/bench-data.mjs';

const FIRST_SYNC_TARGET_MS = 30_000;
/** Ten notes are a few kilobytes; anything near the library's size means the whole was sent. */
const SMALL_CHANGE_TARGET_BYTES = 16 * 1024;

/** Builds and runs the figures; returns rows of { what, pass } like the other bench figures. */
export async function syncBench() {
  const outDir = join(import.meta.dirname, '..', 'node_modules', '.cache', 'talk-notes-bench-sync');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: join(import.meta.dirname, 'lib', 'sync-bench.ts'), outDir, emptyOutDir: true, minify: false },
  });
  const { syncFigures } = await import(pathToFileURL(join(outDir, 'sync-bench.js')).href);
  const library = JSON.parse(benchDataset().text);
  library.marks ??= [];
  const rows = [];
  for (const f of await syncFigures(library)) {
    const small = f.what.startsWith('then');
    const pass = small ? f.bytesSent <= SMALL_CHANGE_TARGET_BYTES : f.ms <= FIRST_SYNC_TARGET_MS;
    const target = small ? `≤ ${SMALL_CHANGE_TARGET_BYTES / 1024} KB sent` : `≤ ${FIRST_SYNC_TARGET_MS / 1000} s`;
    console.log(
      `${pass ? 'PASS' : 'MISS'}  sync: ${f.what}: ${(f.ms / 1000).toFixed(2)} s, ${kb(f.bytesSent)} sent, ${kb(f.bytesReceived)} received (target ${target})`,
    );
    rows.push({ what: `sync: ${f.what}`, pass });
  }
  return rows;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await syncBench();
  process.exitCode = rows.every((r) => r.pass) ? 0 : 1;
}
