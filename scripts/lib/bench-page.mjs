// What the extension costs a YouTube watch page that takes no note: the bytes its content
// scripts inject at load, and the main-thread time of its own scripts during load + 3 s, from a
// Chromium trace, against the same page in a browser with an empty extension (alternating loads).
// `node scripts/bench.mjs page` runs this group alone.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_EXTENSION_DIR } from './build.mjs';
import { spawnChromium } from './chromium.mjs';
import { ms } from './stats.mjs';

const LOADS = 7;
const AFTER_LOAD_MS = 3000;
/** A talk of the fixture with no notes in a fresh profile. */
const TALK = 'wCa-2016Amx';
const EXTENSION_URL = /^chrome-extension:\/\//;

/** Every file the manifest injects at load, gzipped, per content script (its CSS with it). */
export function injectedBytes(dir = CHROME_EXTENSION_DIR) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return (manifest.content_scripts ?? []).map((cs) => {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])];
    const bytes = files.map((f) => readFileSync(join(dir, f)));
    return {
      matches: cs.matches ?? [],
      files,
      raw: bytes.reduce((s, b) => s + b.length, 0),
      gz: bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    };
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The CPU time of the outermost of these events (nested calls of one script counted once): the
 * thread's own time (`tdur`) where the trace has it, so a machine busy with other work, which
 * stretches the wall time, does not count as the extension's.
 */
function outermostCpu(events) {
  return outermost(events).reduce((total, e) => total + (e.tdur ?? e.dur), 0);
}

/** The sampled stacks of the V8 CPU profile recorded in the trace, for one process: `{ t, dt, frames }` each (µs). */
function profileSamples(events, pid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid);
  if (!profile) return [];
  const nodes = new Map();
  const out = [];
  let t = profile.args.data.startTime;
  for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id === profile.id)) {
    const { cpuProfile = {}, timeDeltas = [] } = chunk.args.data;
    for (const n of cpuProfile.nodes ?? []) nodes.set(n.id, n);
    for (let i = 0; i < (cpuProfile.samples ?? []).length; i++) {
      t += timeDeltas[i] ?? 0;
      out.push({ t, node: cpuProfile.samples[i] });
    }
  }
  const frames = (id) => {
    const urls = [];
    for (let n = nodes.get(id); n; n = nodes.get(n.parent)) urls.push(n.callFrame.url ?? '');
    return urls;
  };
  return out.map((s, i) => ({ t: s.t, dt: i + 1 < out.length ? out[i + 1].t - s.t : 0, frames: frames(s.node) }));
}

/**
 * From one trace: the renderer main thread's CPU time in the extension's code, and in all tasks.
 *
 * Two parts, counted once each. First the outermost trace events whose own URL is the
 * extension's (evaluation, compilation, calls, timers), by the thread's own time (`tdur`), so a
 * machine busy with other work, which stretches the wall time, does not count as the
 * extension's. Then, outside those events, the V8 CPU profile the trace records: every sample
 * whose stack holds a frame of the extension's: promise continuations and message replies (the
 * trace's events carry no URL for them: most of the sidebar's rendering), and the listeners a
 * page's own `dispatchEvent` calls. A sample's interval is wall time, so it is scaled by its
 * task's CPU share (`tdur / dur`). `byFile` splits the total by the extension's file (for a
 * sample, the innermost extension frame on its stack); `events` is the first part alone, the
 * measure of the bench before the profile was read.
 */
export function traceFigures(events) {
  const pageScript = (e) => e.name === 'EvaluateScript' && /^https?:/.test(e.args?.data?.url ?? '');
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && pageScript(x)));
  if (!main) return { extension: 0, events: 0, tasks: 0, byFile: {} };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '';
  const ext = outermost(onMain.filter((e) => /^(EvaluateScript|FunctionCall|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.produceCache|TimerFire|EventDispatch)$/.test(e.name) && EXTENSION_URL.test(urlOf(e))));
  const tasks = outermost(onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'));
  const byFile = {};
  const add = (url, ms) => {
    const file = new URL(url).pathname;
    byFile[file] = (byFile[file] ?? 0) + ms;
  };
  for (const e of ext) add(urlOf(e), (e.tdur ?? e.dur) / 1000);
  const within = (list, t) => list.find((e) => e.ts <= t && t <= e.ts + e.dur);
  for (const s of profileSamples(events, main.pid)) {
    const url = s.frames.find((u) => EXTENSION_URL.test(u));
    if (!url || s.dt <= 0 || within(ext, s.t)) continue;
    const task = within(tasks, s.t);
    add(url, (s.dt * (task && task.dur > 0 ? Math.min(1, (task.tdur ?? task.dur) / task.dur) : 1)) / 1000);
  }
  const extension = Object.values(byFile).reduce((a, b) => a + b, 0);
  return { extension, events: outermostCpu(ext) / 1000, tasks: outermostCpu(tasks) / 1000, byFile };
}

/** The events not inside an earlier one, in time order. */
function outermost(events) {
  const out = [];
  let end = -Infinity;
  for (const e of [...events].sort((x, y) => x.ts - y.ts)) {
    if (e.ts + e.dur <= end) continue;
    out.push(e);
    end = e.ts + e.dur;
  }
  return out;
}

async function tracedLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { ...traceFigures(events), heap: metrics.JSHeapUsedSize ?? 0 };
}

async function openBrowser(extensionDir, server) {
  // A machine at load 30 sometimes keeps a browser from starting within spawnChromium's 20 s: once more.
  const spawn = () => spawnChromium({ extensionDir, server, url: 'about:blank', headless: true, debug: true, extraArgs: ['--window-size=1280,800'] });
  const spawned = await spawn().catch(spawn);
  const browser = await chromium.connectOverCDP(spawned.endpoint);
  const context = browser.contexts()[0];
  return { spawned, browser, context };
}

/** The settings a person who keeps the sidebar open on every video has chosen (Options). */
async function chooseOpenEveryVideo(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async () => {
    const key = 'settings';
    const got = (await chrome.storage.local.get(key))[key] ?? {};
    await chrome.storage.local.set({ [key]: { ...got, open: true, everyVideo: true } });
  });
}

/**
 * Alt+Shift+S on a page that shows only the loader's control → the sidebar's element on the
 * page and laid out: the background runs the sidebar's file in the tab (scripting.executeScript),
 * which mounts. Timed from Node (the page never sees our shortcut), polled each frame.
 */
async function onDemandOpen(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const t0 = Date.now();
  await page.keyboard.press('Alt+Shift+S');
  await page.waitForFunction(() => (document.querySelector('talk-notes-sidebar')?.getBoundingClientRect().width ?? 0) > 0, null, { polling: 'raf', timeout: 10_000 });
  const took = Date.now() - t0;
  await page.close();
  return took;
}

const fileSplit = (byFile) =>
  Object.entries(byFile)
    .sort((a, b) => b[1] - a[1])
    .map(([file, t]) => `${file.replace(/^\//, '')} ${ms(t)}`)
    .join(' + ');

/**
 * Prints the page figures: `report(what, value, target, unit, detail)` as bench.mjs's.
 * Three browsers: an empty extension (the baseline), this extension as a new user has it, and
 * this extension set to open the sidebar on every video; loads alternate between them. With
 * NATTYNOTE_EXTENSION=<dir of NattyNote's built Chromium extension> (README, "The loader") a
 * fourth browser runs NattyNote in the same alternation, and the "open" target is half its figure.
 * BENCH_PAGE_COMPARE=<dir of another build>[,<dir>…] adds those builds as a new user has them,
 * alternating too: a before/after of the loader in the same minutes on a shared machine.
 */
export async function pageFigures(server, report, extensionDir = CHROME_EXTENSION_DIR) {
  const scripts = injectedBytes(extensionDir);
  const yt = scripts.find((s) => s.matches.some((m) => m.includes('www.youtube.com/*')));
  for (const s of scripts) console.log(`      injected at load: ${s.files.join(' + ')} ${(s.gz / 1024).toFixed(1)} KB gz / ${(s.raw / 1024).toFixed(1)} KB`);
  if (yt) report('script injected at load on a YouTube page, gzipped', yt.gz / 1024, 8, 'KB', yt.files.join(' + '));

  const empty = mkdtempSync(join(tmpdir(), 'talk-notes-empty-ext-'));
  writeFileSync(join(empty, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1' }));
  const natty = process.env.NATTYNOTE_EXTENSION;
  const compare = (process.env.BENCH_PAGE_COMPARE ?? '').split(',').filter(Boolean);
  const browsers = {
    without: await openBrowser(empty, server),
    closed: await openBrowser(extensionDir, server),
    open: await openBrowser(extensionDir, server),
    ...(natty ? { nattynote: await openBrowser(natty, server) } : {}),
    ...Object.fromEntries(await Promise.all(compare.map(async (dir) => [`compare ${dir}`, await openBrowser(dir, server)]))),
  };
  try {
    await chooseOpenEveryVideo(browsers.open.context);
    const url = `https://www.youtube.com/watch?v=${TALK}`;
    // One load each first, not counted: caches, the service workers' first start.
    for (const b of Object.values(browsers)) await tracedLoad(b.context, url);
    const runs = Object.fromEntries(Object.keys(browsers).map((name) => [name, []]));
    for (let i = 0; i < LOADS; i++) for (const [name, b] of Object.entries(browsers)) runs[name].push(await tracedLoad(b.context, url));
    const med = (name, key) => median(runs[name].map((r) => r[key]));
    const medFiles = (name) => {
      const files = new Set(runs[name].flatMap((r) => Object.keys(r.byFile)));
      return Object.fromEntries([...files].map((f) => [f, median(runs[name].map((r) => r.byFile[f] ?? 0))]));
    };
    const detail = (name) =>
      `${fileSplit(medFiles(name))}; by the trace's events alone ${ms(med(name, 'events'))}; page tasks ${ms(med(name, 'tasks'))} (without the extension ${ms(med('without', 'tasks'))}), JS heap ${(med(name, 'heap') / 1e6).toFixed(1)} MB (without ${(med('without', 'heap') / 1e6).toFixed(1)} MB)`;
    report(`extension JS on a watch page without notes, load + 3 s, a new user's default (median of ${LOADS})`, med('closed', 'extension'), 3, 'ms', detail('closed'));
    for (const dir of compare) console.log(`      the build in ${dir}, same loads, a new user's default: ${ms(med(`compare ${dir}`, 'extension'))} (${detail(`compare ${dir}`)})`);
    const openTarget = natty ? Math.round((med('nattynote', 'extension') / 2) * 10) / 10 : 13;
    if (natty) console.log(`      NattyNote, same loads: ${ms(med('nattynote', 'extension'))} (${detail('nattynote')})`);
    report(`extension JS on a watch page, load + 3 s, sidebar open on every video (median of ${LOADS})`, med('open', 'extension'), openTarget, 'ms', `${detail('open')}; target ${natty ? 'half of NattyNote in the same loads' : "half of NattyNote's 25-28 ms (issue 16; NATTYNOTE_EXTENSION unset)"}`);
    const opens = [];
    for (let i = 0; i < 5; i++) opens.push(await onDemandOpen(browsers.closed.context, url));
    report('loading on demand: Alt+Shift+S → the sidebar on the page (median of 5)', median(opens), 300, 'ms', `each: ${opens.map((x) => `${x} ms`).join(', ')}`);
  } finally {
    for (const b of Object.values(browsers)) {
      await b.browser.close().catch(() => {});
      await b.spawned.close();
    }
    rmSync(empty, { recursive: true, force: true });
  }
}
