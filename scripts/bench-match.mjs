// `npm run bench:match`: how long reading a schedule, indexing it and matching one recording
// take with Congress-sized programmes (1,000 and 5,000 events), in Node on this machine.
// Target: one match ≤ 5 ms with 5,000 entries. Not part of `npm test`: figures vary with the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ms, percentile } from './lib/stats.mjs';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'bench-match-'));
const QUERIES = 400;
const TARGET_MS = 5;

// The sources are TypeScript: bundle them once, as the extension's build would.
await build({
  configFile: false,
  logLevel: 'silent',
  root,
  build: {
    outDir: out,
    minify: false,
    lib: {
      entry: {
        parse: join(root, 'utils/formats/schedule/parse-schedule.ts'),
        match: join(root, 'utils/formats/schedule/match.ts'),
        congress: join(root, 'tests/unit/formats/schedule/congress.ts'),
      },
      formats: ['es'],
    },
  },
});
const load = (name) => import(pathToFileURL(join(out, `${name}.js`)).href);
const { parseSchedule } = await load('parse');
const { indexProgramme, matchRecording } = await load('match');
const { congressSchedule } = await load('congress');

/** How an upload might title the talk: the forms YouTube channels use, and titles of no talk. */
function queries(programme) {
  const forms = [
    (e) => e.title,
    (e) => `${e.title} – ${e.speakers.map((s) => s.name).join(', ')} | ${programme.conference.acronym}`,
    (e) => `${e.speakers[0]?.name ?? 'Someone'}: ${e.title.toUpperCase()}`,
    (e) => `${programme.conference.acronym} - ${e.title.normalize('NFKD').replace(/\p{M}/gu, '')} (${e.speakers.at(-1)?.name ?? 'Someone'})`,
    () => 'How to Bake Sourdough Bread at Home',
  ];
  return Array.from({ length: QUERIES }, (_, i) => {
    const e = programme.entries[(i * 7919) % programme.entries.length];
    const query = { platform: 'youtube', videoId: `q${String(i).padStart(10, '0')}`, url: null, title: forms[i % forms.length](e), channel: 'media.ccc.de', speakers: [] };
    return { query, expected: i % forms.length === forms.length - 1 ? null : e };
  });
}

const time = (f) => {
  const t = performance.now();
  const value = f();
  return [performance.now() - t, value];
};

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine's cores: wall-clock figures swell with it`);
let failed = false;
for (const size of [1000, 5000]) {
  const { json } = congressSchedule(size);
  const [parseMs, programme] = time(() => parseSchedule(json));
  const [indexMs, index] = time(() => indexProgramme(programme));
  const qs = queries(programme);
  for (const { query } of qs.slice(0, 50)) matchRecording(index, query); // warm-up: JIT
  const samples = [];
  let confident = 0;
  let wrong = 0;
  const cpu = process.cpuUsage();
  for (const { query, expected } of qs) {
    const [t, m] = time(() => matchRecording(index, query));
    samples.push(t);
    if (m.confident) confident++;
    if (m.confident && m.confident.entry !== expected) wrong++;
  }
  const cpuPerMatch = (process.cpuUsage(cpu).user / 1000) / QUERIES;
  const p95 = percentile(samples, 95);
  const pass = p95 <= TARGET_MS && wrong === 0;
  failed ||= !pass;
  console.log(
    `${size} events (${(json.length / 1e6).toFixed(1)} MB): parse ${ms(parseMs)}, index ${ms(indexMs)}; ` +
      `match p50 ${ms(percentile(samples, 50))}, p95 ${ms(p95)}, max ${ms(Math.max(...samples))}, CPU ${ms(cpuPerMatch)} a match ` +
      `(target ≤ ${TARGET_MS} ms: ${pass ? 'PASS' : 'MISS'}); confident for ${confident} of ${QUERIES} (${QUERIES / 5} are of no talk), wrongly for ${wrong}`,
  );
}
rmSync(out, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
