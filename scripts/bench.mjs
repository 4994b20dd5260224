// `npm run bench`: performance figures of the built extension, measured in headless Chromium
// against the local YouTube fixture over ROUNDS rounds (3 unless set): each round's values as they
// come, then every figure's median over the rounds, its spread and PASS/MISS against its target.
//
// Data enters through the product's own paths only: a backup file imported by the library
// page's `backup.import` message (50,000 notes), notes typed into the sidebar with real key
// events. Timings are taken on the page's clock, from the user's input event to the moment the
// result is in the DOM and laid out (see lib/probes.mjs for how the closed shadow root is read).
// Not part of `npm test`: figures vary with the machine.
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server.mjs';
import { benchDataset, ENTER_TALK, OPEN_TALK } from './lib/bench-data.mjs';
import { seedSlideImages, zipFigure } from './lib/bench-bundle.mjs';
import { libraryFigures, seedLibrary } from './lib/bench-library.mjs';
import { createReport } from './lib/bench-report.mjs';
import { programmeFigures } from './lib/bench-programme.mjs';
import { CHROME_EXTENSION_DIR } from './lib/build.mjs';
import { spawnChromium } from './lib/chromium.mjs';
import { benchSession, ENTER_PROBE, keepSidebarOpen, OPEN_PROBE, sidebarRoot } from './lib/probes.mjs';
import { ms, percentile } from './lib/stats.mjs';
import { slideFigures } from './lib/bench-slides.mjs';
import { syncBench } from './bench-sync.mjs';
import { pageFigures } from './lib/bench-page.mjs';

const NOTES_TYPED = 110; // the first WARMUP are left out of the figures (JIT, caches)
/** Rows the sidebar draws at once (components/use-growing.ts): more than its list shows. */
const FIRST_SCREEN = 40;
const WARMUP = 10;
const MARKDOWN_TYPED = 60;

/** `this` is the shadow root: Enter in the note box → the typed note's **mdN** shown as a strong element, laid out. */
const MARKDOWN_PROBE = `function () {
  const root = this;
  const probe = (globalThis.__tnMarkdown = { pending: null, samples: [], waiters: [] });
  const inputs = globalThis.__tnInput ?? { keydown: 0 };
  root.addEventListener('keydown', (e) => {
    // As ENTER_PROBE (lib/probes.mjs): the guard's copy of the event has no key fields here.
    const key = e.key ?? inputs.lastKey;
    const shift = e.key === undefined ? inputs.lastShift : e.shiftKey;
    if (key !== 'Enter' || shift || !(e.target instanceof HTMLTextAreaElement)) return;
    const mark = /^\\*\\*(md\\d+x\\d+)\\*\\*/.exec(e.target.value);
    const t0 = inputs.keydown && inputs.keydown <= e.timeStamp && e.timeStamp - inputs.keydown < 1000 ? inputs.keydown : e.timeStamp;
    if (mark) probe.pending = { mark: mark[1], t0 };
  }, true);
  new MutationObserver(() => {
    const p = probe.pending;
    if (!p) return;
    const strong = [...root.querySelectorAll('li .text strong')].find((el) => el.textContent === p.mark);
    if (!strong) return;
    strong.getBoundingClientRect();
    probe.samples.push(performance.now() - p.t0);
    probe.pending = null;
    for (const w of probe.waiters.splice(0)) w();
  }).observe(root, { subtree: true, childList: true, characterData: true });
  return true;
}`;
const { report, summary, startRound } = createReport();
/** Rounds of every timed figure (ROUNDS=n to change); each figure's summary is the median over them. */
const ROUNDS = Math.max(1, Number(process.env.ROUNDS ?? 3));

/** Every file the manifest runs at page load (content scripts, their CSS) and the CSS their UI injects when it mounts. */
function contentScriptSize() {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const files = new Set();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f);
  // cssInjectionMode 'ui': the stylesheet is web-accessible and put in the shadow root at mount.
  for (const war of manifest.web_accessible_resources ?? []) {
    for (const f of war.resources ?? []) if (f.startsWith('content-scripts/') && f.endsWith('.css')) files.add(f);
  }
  const parts = [...files].map((f) => {
    const bytes = readFileSync(join(EXTENSION_DIR, f));
    return { f, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });
  const gz = parts.reduce((s, p) => s + p.gz, 0);
  report('content scripts at page load, all together, gzipped', gz / 1024, 35, 'KB', parts.map((p) => `${p.f} ${(p.gz / 1024).toFixed(1)} KB gz / ${(p.raw / 1024).toFixed(1)} KB`).join(', '));
  // For reading the figure: one script with its stylesheet is what a single frame loads.
  const gzOf = (f) => parts.find((p) => p.f === f)?.gz ?? 0;
  const perScript = (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []).map((f) => ({ f, gz: gzOf(f) + gzOf(f.replace(/\.js$/, '.css')) }));
  const largest = perScript.sort((a, b) => b.gz - a.gz)[0];
  if (largest) console.log(`      largest single script with its CSS (what one frame loads): ${largest.f} ${(largest.gz / 1024).toFixed(1)} KB gz`);
}

async function sidebarFigures(context, round) {
  // The typing talk has no notes, so a new user's default shows only the loader's control there:
  // the sidebar's figures are a person's who keeps it open ("Open the sidebar on every video").
  await keepSidebarOpen(context);
  const page = await context.newPage();
  const s = await benchSession(page);
  const waitFor = (root, fn) => s.call(root, `function () { return new Promise((ok) => { const check = () => (${fn})(this) ? ok(true) : setTimeout(check, 20); check(); }); }`);
  const toggle = async (root) => {
    const box = await s.call(root, 'function () { const r = this.querySelector("button.toggle").getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }');
    await page.mouse.click(box.x, box.y);
  };

  // Enter → visible / committed, typing real keys into the note box with 50,000 notes stored.
  await page.goto(`https://www.youtube.com/watch?v=${ENTER_TALK}`);
  let root = await sidebarRoot(s.cdp, await s.world());
  await waitFor(root, '(r) => r.querySelector("textarea")');
  await s.call(root, ENTER_PROBE);
  // Notes typed in earlier rounds are on this talk too: the list the talk shows after navigation.
  const typedBefore = (round - 1) * (NOTES_TYPED + MARKDOWN_TYPED);
  await page.keyboard.press('Alt+Shift+N');
  await waitFor(root, '(r) => r.activeElement instanceof HTMLTextAreaElement');
  for (let i = 0; i < NOTES_TYPED; i++) {
    await page.keyboard.type(`r${round}n${i} bench note`);
    await page.keyboard.press('Enter');
    await s.run(`new Promise((ok) => (__tnProbe.samples.length > ${i} ? ok() : __tnProbe.waiters.push(ok)))`);
  }
  const samples = (await s.run('__tnProbe.samples')).slice(WARMUP);
  if (!samples.every((x) => x.original)) console.log('      note: some Enter events were timed from the guard\'s copy, not the original event');
  const visible = samples.map((x) => x.visible);
  const committed = samples.map((x) => x.committed);
  report(`Enter → note visible, 50,000 notes stored (p95 of ${samples.length})`, percentile(visible, 95), 8, 'ms', `p50 ${ms(percentile(visible, 50))}`);
  report(`Enter → note committed (p95 of ${samples.length})`, percentile(committed, 95), 20, 'ms', `p50 ${ms(percentile(committed, 50))}`);

  // Markdown in the list: Enter → the note's emphasis rendered and laid out (its inline tree comes
  // from the background), against Enter → a plain note visible above; the difference is what
  // rendering Markdown adds.
  await s.call(root, MARKDOWN_PROBE);
  for (let i = 0; i < MARKDOWN_TYPED; i++) {
    await page.keyboard.type(`**md${round}x${i}** with *emphasis* and [a link](https://e.example/${i})`);
    await page.keyboard.press('Enter');
    await s.run(`new Promise((ok) => (__tnMarkdown.samples.length > ${i} ? ok() : __tnMarkdown.waiters.push(ok)))`);
  }
  const rendered = (await s.run('__tnMarkdown.samples')).slice(WARMUP);
  const added = percentile(rendered, 95) - percentile(visible, 95);
  report(`rendering Markdown adds to Enter → note visible (p95 of ${rendered.length} Markdown notes − p95 of plain ones)`, added, 2, 'ms', `Markdown rendered: p95 ${ms(percentile(rendered, 95))}, p50 ${ms(percentile(rendered, 50))}`);

  // Switch to the talk with 2,000 notes in the page (YouTube's in-page navigation): the notes are
  // fetched and the list's first screenful laid out (the rest is drawn in steps, also timed).
  await s.call(root, OPEN_PROBE, [2000, 'nav', FIRST_SCREEN]);
  const nav = [];
  const navWhole = [];
  for (let i = 0; i < 5; i++) {
    await s.run('__tnOpen.armed = true');
    await page.evaluate((id) => window.ytFixture.navigate(`/watch?v=${id}`), OPEN_TALK);
    await s.run(`new Promise((ok) => (__tnOpen.wholes.length > ${i} ? ok() : __tnOpen.waiters.push(ok)))`);
    nav.push((await s.run('__tnOpen.samples'))[i]);
    navWhole.push((await s.run('__tnOpen.wholes'))[i]);
    await page.evaluate((id) => window.ytFixture.navigate(`/watch?v=${id}`), ENTER_TALK);
    await waitFor(root, `(r) => r.querySelector('ul.notes')?.childElementCount === ${typedBefore + NOTES_TYPED + MARKDOWN_TYPED}`);
  }

  // Open the (folded) sidebar on the talk with 2,000 notes: click → the list's first screenful
  // laid out, as for the switch above (folded, the sidebar draws no body: opening draws the list,
  // the first screenful at once and the rest in steps after it, also timed).
  await page.goto(`https://www.youtube.com/watch?v=${OPEN_TALK}`);
  root = await sidebarRoot(s.cdp, await s.world());
  await waitFor(root, '(r) => r.querySelector("ul.notes")?.childElementCount === 2000');
  await s.call(root, OPEN_PROBE, [2000, 'click', FIRST_SCREEN]);
  const opens = [];
  const openWhole = [];
  for (let i = 0; i < 10; i++) {
    await toggle(root); // close
    await waitFor(root, '(r) => r.querySelector("#tn-body")?.hidden');
    await s.run('__tnOpen.armed = true');
    await toggle(root); // open
    await s.run(`new Promise((ok) => (__tnOpen.wholes.length > ${i} ? ok() : __tnOpen.waiters.push(ok)))`);
    opens.push((await s.run('__tnOpen.samples'))[i]);
    openWhole.push((await s.run('__tnOpen.wholes'))[i]);
  }
  report('open the sidebar on a talk with 2,000 notes, first screenful shown (p95 of 10 clicks)', percentile(opens, 95), 50, 'ms', `p50 ${ms(percentile(opens, 50))}; all 2,000 drawn: p95 ${ms(percentile(openWhole, 95))}`);
  report('switch to a talk with 2,000 notes in the page, first screenful shown (p95 of 5)', percentile(nav, 95), 100, 'ms', `p50 ${ms(percentile(nav, 50))}, from yt-navigate-finish; all 2,000 drawn: p95 ${ms(percentile(navWhole, 95))}`);
  await page.close();
}

/** BENCH_EXTENSION=<dir>: another build to measure (a copy of an earlier one, for before/after in the same minutes). */
const EXTENSION_DIR = process.env.BENCH_EXTENSION ?? CHROME_EXTENSION_DIR;

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run `npm run bench` (it builds first)');
  const started = Date.now();
  console.log('Talk Notes bench: headless Chromium, built extension, local YouTube fixture');
  // Timings scale with how busy the machine is; say so next to the figures.
  const loadLine = `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at start`;
  console.log(`Machine: ${loadLine}\n`);
  contentScriptSize();
  // `node scripts/bench.mjs sidebar` (or `page`, `library`, `bundle`, `programme`, `slides`, `sync`) runs one group only, with the same data.
  const only = process.argv[2];
  const groups = ['page', 'library', 'bundle', 'sidebar', 'programme', 'slides', 'sync'];
  if (only && !groups.includes(only)) throw new Error(`unknown group ${only}: ${groups.join(', ')}`);
  if (only !== 'sync') await browserFigures(only);
  // In Node, once the browser is gone: its store is the product's own over fake-indexeddb (bench-sync.mjs); one measurement each.
  const sync = only === undefined || only === 'sync' ? await syncBench() : [];
  console.log(`\nSummary over ${ROUNDS} round${ROUNDS === 1 ? '' : 's'} (${loadLine})`);
  const { passed, missed, figures } = summary();
  // `npm run bench:runs` sets several runs side by side from these.
  if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify({ load: loadLine, rounds: ROUNDS, figures: [...figures, ...sync] }));
  const syncMissed = sync.filter((r) => !r.pass).length;
  const all = passed + missed + sync.length;
  console.log(`\n${all - missed - syncMissed} of ${all} within target, ${missed + syncMissed} missed (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

/** The groups measured in headless Chromium with the built extension. */
async function browserFigures(only) {
  const data = benchDataset({ slides: true });
  const server = await startFixtureServer();
  const runs = (group) => only === undefined || only === group;
  try {
    // Browsers of its own (an empty extension beside this one, fresh profiles), before the data below.
    if (runs('page')) await pageFigures(server, report, EXTENSION_DIR);
    if (['library', 'bundle', 'sidebar', 'slides'].some(runs)) await inFreshBrowser(server, async (context, origin) => {
      if (!only || ['library', 'bundle', 'sidebar'].includes(only)) await seedLibrary(context, origin, data);
      if (runs('bundle')) await seedSlideImages(context, origin, data);
      for (let round = 1; round <= ROUNDS; round++) {
        startRound(round);
        if (runs('bundle')) await zipFigure(data, report);
        if (runs('library') || runs('bundle')) await libraryFigures(context, origin, data, report, { library: runs('library'), bundle: runs('bundle') });
        if (runs('sidebar')) await sidebarFigures(context, round);
        if (runs('slides')) await slideFigures(context, report, round);
      }
    });
    // Each round imports five 1,000-event conferences; in the library's profile they would make
    // every later library round measure a larger library than the one its figure names.
    if (runs('programme')) await inFreshBrowser(server, async (context, origin) => {
      for (let round = 1; round <= ROUNDS; round++) {
        startRound(round, 'programme');
        await programmeFigures(context, origin, report);
      }
    });
  } finally {
    await server.close();
  }
}

/** Runs `use` in a headless Chromium of its own (fresh profile) with the built extension. */
async function inFreshBrowser(server, use) {
  const spawned = await spawnChromium({ extensionDir: EXTENSION_DIR, server, url: 'about:blank', headless: true, debug: true, extraArgs: ['--window-size=1280,800'] });
  try {
    const browser = await chromium.connectOverCDP(spawned.endpoint);
    const context = browser.contexts()[0];
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(context, `chrome-extension://${new URL(worker.url()).host}`);
    await browser.close();
  } finally {
    await spawned.close();
  }
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
