// `npm test`: every check CI runs, in phases; the steps of a phase run side by side. Each step's
// output is printed whole when it ends (so parallel steps never interleave), and the run ends
// with the phases' times and every test that passed only on a retry. Such a test fails the run
// unless tests/known-flakes.json names it with its reason.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRetries, readKnownFlakes } from './lib/flakes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(root, '.tmp/ci');
const bin = (name) => join(root, 'node_modules/.bin', name);

/** A step: a command, and its environment on top of this one's. */
const step = (name, command, args, env = {}) => ({ name, command, args, env });
/**
 * E2E_SHARDS=n: each browser's e2e files split over n processes. Default 1: with two per browser
 * the run took 7 minutes instead of 8 on this machine, but at a load of ~20 steps that play video
 * against the clock failed now and then; one per browser keeps it near 10.
 */
const SHARDS = Math.max(1, Number(process.env.E2E_SHARDS ?? 1));
const retriesFile = (browser, shard) => join(tmp, `retries-${browser}-${shard}.json`);
const e2e = (browser) =>
  Array.from({ length: SHARDS }, (_, i) =>
    step(`e2e ${browser}${SHARDS > 1 ? ` ${i + 1}/${SHARDS}` : ''}`, bin('vitest'), ['run', '-c', 'vitest.e2e.config.ts', `--shard=${i + 1}/${SHARDS}`], {
      E2E_BROWSER: browser,
      RETRIES_FILE: retriesFile(browser, i + 1),
    }),
  );

const phases = [
  {
    name: 'static checks and the builds that are tested and zipped',
    steps: [
      step('typecheck', bin('tsc'), ['--noEmit']),
      step('lint', 'npm', ['run', '--silent', 'lint']),
      step('layers', 'npm', ['run', '--silent', 'check:layers']),
      step('build and zip', 'npm', ['run', '--silent', 'zip']),
    ],
  },
  { name: 'unit tests and web-ext lint', steps: [step('unit', bin('vitest'), ['run']), step('web-ext lint', 'node', ['scripts/lint-firefox.mjs'])] },

  // Both browsers side by side, each in SHARDS processes: an e2e process mostly waits on its
  // browser (a video playing, a page loading, a worker stopping); measured, the two used 0.86 of
  // a core between them.
  { name: 'end-to-end in Chromium and Firefox', steps: [...e2e('chromium'), ...e2e('firefox')] },
];

function run({ name, command, args, env }) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => out.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000;
      const ok = code === 0;
      console.log(`\n──── ${name}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds.toFixed(1)} s ────`);
      process.stdout.write(Buffer.concat(out));
      resolve({ name, ok, seconds });
    });
  });
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const started = Date.now();
const times = [];
let failed = [];
for (const phase of phases) {
  const phaseStart = Date.now();
  const results = await Promise.all(phase.steps.map(run));
  times.push({ phase: phase.name, seconds: (Date.now() - phaseStart) / 1000, steps: results });
  failed = results.filter((r) => !r.ok).map((r) => r.name);
  if (failed.length) break;
}

const retried = readdirSync(tmp)
  .filter((name) => name.startsWith('retries-'))
  .flatMap((name) => JSON.parse(readFileSync(join(tmp, name), 'utf8')));
const { listed, unknown } = checkRetries(retried, readKnownFlakes(join(root, 'tests/known-flakes.json')));

console.log('\n════ CI summary ════');
for (const t of times) {
  console.log(`${t.seconds.toFixed(1).padStart(7)} s  ${t.phase}`);
  for (const s of t.steps) console.log(`${s.seconds.toFixed(1).padStart(15)} s  ${s.ok ? '' : 'FAILED '}${s.name}`);
}
console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s  in all`);
console.log(`\nTests that passed only on a retry: ${retried.length || 'none'}`);
for (const r of listed) console.log(`  known flake (${r.browser}): ${r.file} › ${r.test}: ${r.reason}`);
for (const r of unknown) console.log(`  NOT in tests/known-flakes.json (${r.browser}): ${r.file} › ${r.test}`);
// The failed attempts' errors, here at the end where a truncated log still shows them.
for (const r of retried) for (const e of r.errors ?? []) console.log(`    first attempt (${r.browser}) ${r.file}: ${e}`);
if (unknown.length) failed.push('a flake that tests/known-flakes.json does not name');
if (failed.length) {
  console.log(`\nCI failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nCI passed');
