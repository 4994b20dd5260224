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
  let total = 0;
  let end = -Infinity;
  for (const e of [...events].sort((x, y) => x.ts - y.ts)) {
    if (e.ts + e.dur <= end) continue;
    total += e.tdur ?? e.dur;
    end = e.ts + e.dur;
  }
  return total;
}

/**
 * From one trace: the renderer main thread's CPU time in the extension's scripts (script evaluation,
 * function calls, compilation whose URL is the extension's), and in all tasks.
 */
function traceFigures(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'EvaluateScript'));
  if (!main) return { extension: 0, tasks: 0 };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  const urlOf = (e) => e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '';
  const ext = onMain.filter((e) => /^(EvaluateScript|FunctionCall|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.produceCache|TimerFire|EventDispatch)$/.test(e.name) && EXTENSION_URL.test(urlOf(e)));
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  return { extension: outermostCpu(ext) / 1000, tasks: outermostCpu(tasks) / 1000 };
}

async function tracedLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(AFTER_LOAD_MS);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { ...traceFigures(events), heap: metrics.JSHeapUsedSize ?? 0 };
}

async function openBrowser(extensionDir, server) {
  const spawned = await spawnChromium({ extensionDir, server, url: 'about:blank', headless: true, debug: true, extraArgs: ['--window-size=1280,800'] });
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
    await chrome.storage.local.set({ [key]: { ...got, open: true, openOnEveryVideo: true } });
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

/**
 * Prints the page figures: `report(what, value, target, unit, detail)` as bench.mjs's.
 * Three browsers: an empty extension (the baseline), this extension as a new user has it, and
 * this extension set to open the sidebar on every video; loads alternate between them.
 */
export async function pageFigures(server, report) {
  const scripts = injectedBytes();
  const yt = scripts.find((s) => s.matches.some((m) => m.includes('www.youtube.com/*')));
  for (const s of scripts) console.log(`      injected at load: ${s.files.join(' + ')} ${(s.gz / 1024).toFixed(1)} KB gz / ${(s.raw / 1024).toFixed(1)} KB`);
  if (yt) report('script injected at load on a YouTube page, gzipped', yt.gz / 1024, 8, 'KB', yt.files.join(' + '));

  const empty = mkdtempSync(join(tmpdir(), 'talk-notes-empty-ext-'));
  writeFileSync(join(empty, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'empty', version: '1' }));
  const browsers = {
    without: await openBrowser(empty, server),
    closed: await openBrowser(CHROME_EXTENSION_DIR, server),
    open: await openBrowser(CHROME_EXTENSION_DIR, server),
  };
  try {
    await chooseOpenEveryVideo(browsers.open.context);
    const url = `https://www.youtube.com/watch?v=${TALK}`;
    // One load each first, not counted: caches, the service workers' first start.
    for (const b of Object.values(browsers)) await tracedLoad(b.context, url);
    const runs = { without: [], closed: [], open: [] };
    for (let i = 0; i < LOADS; i++) for (const [name, b] of Object.entries(browsers)) runs[name].push(await tracedLoad(b.context, url));
    const med = (name, key) => median(runs[name].map((r) => r[key]));
    const detail = (name) =>
      `page tasks ${ms(med(name, 'tasks'))} (without the extension ${ms(med('without', 'tasks'))}), JS heap ${(med(name, 'heap') / 1e6).toFixed(1)} MB (without ${(med('without', 'heap') / 1e6).toFixed(1)} MB)`;
    report(`extension JS on a watch page without notes, load + 3 s, a new user's default (median of ${LOADS})`, med('closed', 'extension'), 3, 'ms', detail('closed'));
    report(`extension JS on a watch page, load + 3 s, sidebar open on every video (median of ${LOADS})`, med('open', 'extension'), 13, 'ms', detail('open'));
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
