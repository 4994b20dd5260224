// `npm run bench`: performance figures of the built extension, measured in headless Chromium
// against the local YouTube fixture, each printed with its target and PASS/MISS.
//
// Data enters through the product's own paths only: a backup file imported by the library
// page's `backup.import` message (50,000 notes), notes typed into the sidebar with real key
// events. Timings are taken on the page's clock, from the user's input event to the moment the
// result is in the DOM and laid out (see lib/probes.mjs for how the closed shadow root is read).
// Not part of `npm test`: figures vary with the machine.
import { readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server.mjs';
import { benchDataset, ENTER_TALK, OPEN_TALK } from './lib/bench-data.mjs';
import { CHROME_EXTENSION_DIR } from './lib/build.mjs';
import { spawnChromium } from './lib/chromium.mjs';
import { benchSession, ENTER_PROBE, OPEN_PROBE, sidebarRoot } from './lib/probes.mjs';
import { ms, percentile } from './lib/stats.mjs';

const NOTES_TYPED = 110; // the first WARMUP are left out of the figures (JIT, caches)
/** Rows the sidebar draws at once (components/use-growing.ts): more than its list shows. */
const FIRST_SCREEN = 40;
const WARMUP = 10;
const rows = [];

function report(what, value, target, unit, detail = '') {
  const pass = value <= target;
  rows.push({ what, pass });
  const shown = unit === 'KB' ? `${value.toFixed(1)} KB` : ms(value);
  console.log(`${pass ? 'PASS' : 'MISS'}  ${what}: ${shown} (target ≤ ${target} ${unit})${detail ? `  ${detail}` : ''}`);
}

/** Every file the manifest runs at page load (content scripts, their CSS) and the CSS their UI injects when it mounts. */
function contentScriptSize() {
  const manifest = JSON.parse(readFileSync(join(CHROME_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const files = new Set();
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f);
  // cssInjectionMode 'ui': the stylesheet is web-accessible and put in the shadow root at mount.
  for (const war of manifest.web_accessible_resources ?? []) {
    for (const f of war.resources ?? []) if (f.startsWith('content-scripts/') && f.endsWith('.css')) files.add(f);
  }
  const parts = [...files].map((f) => {
    const bytes = readFileSync(join(CHROME_EXTENSION_DIR, f));
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

/** Sends one request of the message contract from an extension page, as the library page does. */
const send = (page, type, payload) =>
  page.evaluate(async ([type, payload]) => {
    const reply = await chrome.runtime.sendMessage({ type, payload });
    if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
    return reply.value;
  }, [type, payload]);

/** Stops the extension's service worker as Chrome's idle shutdown does (its in-memory caches are lost). */
async function stopServiceWorker(context, page, origin) {
  const cdp = await context.newCDPSession(page);
  const versions = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => e.versions.forEach((v) => versions.set(v.versionId, v)));
  await cdp.send('ServiceWorker.enable');
  const ours = (status) => [...versions.values()].find((v) => v.scriptURL.startsWith(origin) && v.runningStatus === status);
  for (let i = 0; i < 100 && !ours('running'); i++) await new Promise((r) => setTimeout(r, 50));
  const running = ours('running');
  if (running) {
    await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
    for (let i = 0; i < 100 && !ours('stopped'); i++) await new Promise((r) => setTimeout(r, 50));
  }
  await cdp.detach();
}

async function libraryFigures(context, origin, data, measure) {
  const page = await context.newPage();
  await page.goto(`${origin}/library.html`);
  const started = Date.now();
  const summary = await send(page, 'backup.import', { text: data.text });
  console.log(`      seeded ${summary.changed.notes} notes in ${summary.changed.talks} talks and ${summary.changed.conferences} conference through the backup import (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!measure) return page.close();
  // A real library is opened long after its notes were written; right after 50,000 writes the
  // database is still settling (LevelDB compaction), which a user never meets.
  await new Promise((r) => setTimeout(r, Number(process.env.SETTLE ?? 5000)));

  // Open the library: navigation start → every talk row laid out. Cold = the service worker
  // was stopped, so it opens the database and lists from the stored note counts.
  await page.addInitScript(`(() => {
    const rec = (window.__tnLib = { done: null });
    const obs = new MutationObserver(() => {
      const rows = document.querySelectorAll('li.talk-row');
      if (rows.length < ${data.talks}) return;
      rows[rows.length - 1].getBoundingClientRect();
      rec.done = performance.now();
      obs.disconnect();
    });
    obs.observe(document, { subtree: true, childList: true });
  })()`);
  const open = async () => {
    await page.goto(`${origin}/library.html`);
    await page.waitForFunction(() => typeof window.__tnLib?.done === 'number', null, { timeout: 30_000 });
    return page.evaluate(() => window.__tnLib.done);
  };
  await stopServiceWorker(context, page, origin);
  const cold = await open();
  const warm = [];
  for (let i = 0; i < 5; i++) warm.push(await open());
  report(`open the library, ${data.talks} talks, service worker cold`, cold, 300, 'ms');
  report(`open the library, ${data.talks} talks, warm (p50 of 5)`, percentile(warm, 50), 300, 'ms', `max ${ms(Math.max(...warm))}`);

  // Export: the request's round trip from the library page (read, format, reply). Cold = the
  // worker just stopped, so its index is gone and the notes come from the database.
  const exportOnce = () =>
    page.evaluate(async (conferenceId) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'export.conference', payload: { conferenceId, day: null, frontMatter: false } });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
      return { t: performance.now() - t0, bytes: reply.value.markdown.length };
    }, data.conferenceId);
  await stopServiceWorker(context, page, origin);
  const coldExport = await exportOnce();
  // The first export starts the index build; a search waits for it. Warm = the index is built.
  await send(page, 'notes.search', { query: 'x', limit: 1 });
  const exports = [];
  for (let i = 0; i < 10; i++) exports.push((await exportOnce()).t);
  const what = `export ${data.conferenceNotes} notes in ${data.conferenceTalks} talks`;
  report(`${what}, service worker cold`, coldExport.t, 200, 'ms', `${(coldExport.bytes / 1024 / 1024).toFixed(1)} MB of Markdown`);
  report(`${what}, warm (p50 of 10)`, percentile(exports, 50), 200, 'ms', `max ${ms(Math.max(...exports))}`);

  // Search as you type: keydown → the results for the new query shown and laid out.
  await page.evaluate(() => {
    const rec = (window.__tnSearch = { samples: [], t0: 0, q: '' });
    const input = document.querySelector('#search');
    input.addEventListener('keydown', (e) => (rec.t0 = e.timeStamp), true);
    input.addEventListener('input', () => (rec.q = input.value.trim()), true);
    new MutationObserver(() => {
      const status = document.querySelector('.results [role=status]');
      if (!rec.q || !status?.textContent.includes(`“${rec.q}”`)) return;
      document.querySelector('.results').getBoundingClientRect();
      rec.samples.push(performance.now() - rec.t0);
      rec.q = '';
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.focus('#search');
  let typed = 0;
  for (const word of ['container', 'latency', 'kubernetes', 'raft', 'zebra', 'observability']) {
    for (const ch of word) {
      await page.keyboard.type(ch);
      typed++;
      await page.waitForFunction((n) => window.__tnSearch.samples.length >= n, typed, { timeout: 10_000 });
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  const search = await page.evaluate(() => window.__tnSearch.samples);
  report(`search ${data.notes} notes per keystroke (p95 of ${search.length})`, percentile(search, 95), 30, 'ms', `p50 ${ms(percentile(search, 50))}`);
  await page.close();
}

async function sidebarFigures(context) {
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
  await page.keyboard.press('Alt+Shift+N');
  await waitFor(root, '(r) => r.activeElement instanceof HTMLTextAreaElement');
  for (let i = 0; i < NOTES_TYPED; i++) {
    await page.keyboard.type(`n${i} bench note`);
    await page.keyboard.press('Enter');
    await s.run(`new Promise((ok) => (__tnProbe.samples.length > ${i} ? ok() : __tnProbe.waiters.push(ok)))`);
  }
  const samples = (await s.run('__tnProbe.samples')).slice(WARMUP);
  if (!samples.every((x) => x.original)) console.log('      note: some Enter events were timed from the guard\'s copy, not the original event');
  const visible = samples.map((x) => x.visible);
  const committed = samples.map((x) => x.committed);
  report(`Enter → note visible, 50,000 notes stored (p95 of ${samples.length})`, percentile(visible, 95), 16, 'ms', `p50 ${ms(percentile(visible, 50))}`);
  report(`Enter → note committed (p95 of ${samples.length})`, percentile(committed, 95), 30, 'ms', `p50 ${ms(percentile(committed, 50))}`);

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
    await waitFor(root, `(r) => r.querySelector('ul.notes')?.childElementCount === ${NOTES_TYPED}`);
  }

  // Open the (closed) sidebar on the talk with 2,000 notes: click → the whole list laid out.
  await page.goto(`https://www.youtube.com/watch?v=${OPEN_TALK}`);
  root = await sidebarRoot(s.cdp, await s.world());
  await waitFor(root, '(r) => r.querySelector("ul.notes")?.childElementCount === 2000');
  await s.call(root, OPEN_PROBE, [2000, 'click', 2000]);
  const opens = [];
  for (let i = 0; i < 10; i++) {
    await toggle(root); // close
    await waitFor(root, '(r) => r.querySelector("#tn-body")?.hidden');
    await s.run('__tnOpen.armed = true');
    await toggle(root); // open
    await s.run(`new Promise((ok) => (__tnOpen.wholes.length > ${i} ? ok() : __tnOpen.waiters.push(ok)))`);
    opens.push((await s.run('__tnOpen.samples'))[i]);
  }
  report('open the sidebar on a talk with 2,000 notes (p95 of 10 clicks)', percentile(opens, 95), 100, 'ms', `p50 ${ms(percentile(opens, 50))}`);
  report('switch to a talk with 2,000 notes in the page, first screenful shown (p95 of 5)', percentile(nav, 95), 100, 'ms', `p50 ${ms(percentile(nav, 50))}, from yt-navigate-finish; all 2,000 drawn: p95 ${ms(percentile(navWhole, 95))}`);
  await page.close();
}

async function main() {
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run `npm run bench` (it builds first)');
  const started = Date.now();
  console.log('Talk Notes bench: headless Chromium, built extension, local YouTube fixture');
  // Timings scale with how busy the machine is; say so next to the figures.
  console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at start\n`);
  contentScriptSize();
  const data = benchDataset();
  const server = await startFixtureServer();
  const spawned = await spawnChromium({ extensionDir: CHROME_EXTENSION_DIR, server, url: 'about:blank', headless: true, debug: true, extraArgs: ['--window-size=1280,800'] });
  try {
    const browser = await chromium.connectOverCDP(spawned.endpoint);
    const context = browser.contexts()[0];
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    // `node scripts/bench.mjs sidebar` (or `library`) runs one group only, with the same data.
    const only = process.argv[2];
    if (only && only !== 'library' && only !== 'sidebar') throw new Error(`unknown group ${only}: library or sidebar`);
    await libraryFigures(context, origin, data, only !== 'sidebar');
    if (only !== 'library') await sidebarFigures(context);
    await browser.close();
  } finally {
    await spawned.close();
    await server.close();
  }
  const missed = rows.filter((r) => !r.pass).length;
  console.log(`\n${rows.length - missed} of ${rows.length} within target, ${missed} missed (${((Date.now() - started) / 1000).toFixed(0)} s).`);
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 1;
});
