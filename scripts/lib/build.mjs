// The Chromium build in .output/chrome-mv3, rebuilt when a source is newer than it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHROME_EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');
const SOURCES = ['entrypoints', 'components', 'utils', 'assets', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json'];

// The README's picture lives in assets/ but is not part of the extension.
const NOT_BUILT = new Set(['screenshot.png']);

function newest(path) {
  if (!existsSync(path) || NOT_BUILT.has(basename(path))) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Why the build must be made again, or null when it is up to date. */
export function staleReason(root = REPO_ROOT) {
  const manifest = join(root, '.output/chrome-mv3/manifest.json');
  if (!existsSync(manifest)) return 'not built yet';
  const built = statSync(manifest).mtimeMs;
  const changed = SOURCES.find((s) => newest(join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}

/** Builds the extension for Chromium unless it is up to date; `say` reports what happens. */
export function ensureBuilt(say = (line) => console.log(line)) {
  const reason = staleReason();
  if (!reason) return;
  say(`Building the extension (${reason})…`);
  const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status}); run \`npx wxt build\` to see why`);
}
