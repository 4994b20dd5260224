// `npm run bench:runs`: the whole bench run several times one after the other (BENCH_RUNS, 3 by
// default), each printed as it goes, then every figure's median across the runs with its spread
// and PASS/MISS. The build is made once, so every run measures the same extension.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acrossRuns, formatAcross } from './lib/bench-runs.mjs';

const count = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(count) || count < 1) throw new Error(`BENCH_RUNS must be a whole number of runs, not ${process.env.BENCH_RUNS}`);
const dir = mkdtempSync(join(tmpdir(), 'talk-notes-bench-runs-'));
const started = Date.now();
const runs = [];
for (let i = 1; i <= count; i++) {
  console.log(`\n=== bench run ${i} of ${count} (${new Date().toISOString()}) ===`);
  const json = join(dir, `run-${i}.json`);
  const { status } = spawnSync(process.execPath, [join(import.meta.dirname, 'bench.mjs'), ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, BENCH_JSON: json } });
  if (status !== 0) throw new Error(`bench run ${i} failed (exit ${status})`);
  runs.push(JSON.parse(readFileSync(json, 'utf8')));
}
console.log(`\nAcross ${count} runs (${((Date.now() - started) / 1000).toFixed(0)} s); machine at each run's start:`);
runs.forEach((run, i) => console.log(`  run ${i + 1}: ${run.load}, ${run.rounds} rounds`));
const rows = acrossRuns(runs);
for (const line of formatAcross(rows)) console.log(line);
console.log(`\n${rows.filter((r) => r.pass).length} of ${rows.length} within target across ${count} runs.`);
