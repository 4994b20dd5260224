// The library page's figures of `npm run bench`: open, export, search as you type, measured
// from the library page itself with the bench data seeded through the product's backup import.
import { ms, percentile } from './stats.mjs';
import { downloadFigure } from './bench-bundle.mjs';
import { send } from './bench-send.mjs';

/** Between keystrokes in the search figure: ten keys a second, a fast typist's pace. */
const TYPING_GAP_MS = 100;


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

/** Seeds the bench data through the backup import, as a person restoring a backup would. */
export async function seedLibrary(context, origin, data) {
  const page = await context.newPage();
  await page.goto(`${origin}/library.html`);
  const started = Date.now();
  const summary = await send(page, 'backup.import', { text: data.text });
  console.log(`      seeded ${summary.changed.notes} notes in ${summary.changed.talks} talks and ${summary.changed.conferences} conference through the backup import (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await page.close();
  // A real library is opened long after its notes were written; right after 50,000 writes the
  // database is still settling (LevelDB compaction), which a user never meets.
  await new Promise((r) => setTimeout(r, Number(process.env.SETTLE ?? 5000)));
}

/**
 * One round of the library's figures (`library`: opening it, exporting the conference, searching
 * as one types; `bundle`: the write-up download), each given to `report`.
 */
export async function libraryFigures(context, origin, data, report, which = { library: true, bundle: true }) {
  const page = await context.newPage();
  if (!which.library) {
    await page.goto(`${origin}/library.html`);
    await page.waitForSelector('li.talk-row');
    await downloadFigure(page, data, report);
    return page.close();
  }
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
  report(`open the library, ${data.talks} talks, service worker cold`, cold, 150, 'ms');
  report(`open the library, ${data.talks} talks, warm (p50 of 5)`, percentile(warm, 50), 100, 'ms', `max ${ms(Math.max(...warm))}`);

  // Export: click on the conference's Export button → its Markdown in the export panel, ready to
  // copy or download, laid out. Cold = the worker just stopped, so its index is gone and the
  // notes come from the database.
  await page.evaluate(() => {
    const rec = (window.__tnExport = { t0: 0, samples: [], shown: '' });
    document.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('button[aria-label^="Export conference:"]')) rec.t0 = e.timeStamp;
    }, true);
    new MutationObserver(() => {
      const text = document.querySelector('textarea.markdown');
      const download = [...document.querySelectorAll('.export button')].find((b) => b.textContent.trim() === 'Download Markdown');
      if (!rec.t0 || !text || !download || download.disabled || text.value === '') return;
      text.getBoundingClientRect();
      rec.samples.push(performance.now() - rec.t0);
      rec.shown = document.querySelector('.export .hint')?.textContent ?? `all ${text.value.length} characters shown`;
      rec.t0 = 0;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const exportOnce = async () => {
    const n = await page.evaluate(() => window.__tnExport.samples.length);
    await page.click('button[aria-label^="Export conference:"]');
    await page.waitForFunction((k) => window.__tnExport.samples.length > k, n, { timeout: 30_000 });
    const t = await page.evaluate(() => window.__tnExport.samples.at(-1));
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.waitForFunction(() => !document.querySelector('textarea.markdown'));
    return t;
  };
  // Each cold sample after a stopped worker, as when the library was opened long after the browser stopped it.
  const coldExports = [];
  for (let i = 0; i < 5; i++) {
    await stopServiceWorker(context, page, origin);
    coldExports.push(await exportOnce());
  }
  const shown = await page.evaluate(() => window.__tnExport.shown);
  // The first export starts the index build; a search waits for it. Warm = the index is built.
  await send(page, 'notes.search', { query: 'x', limit: 1 });
  const exports = [];
  for (let i = 0; i < 10; i++) exports.push(await exportOnce());
  const what = `export ${data.conferenceNotes} notes in ${data.conferenceTalks} talks, click → Markdown shown`;
  report(`${what}, service worker cold (p50 of 5)`, percentile(coldExports, 50), 100, 'ms', `max ${ms(Math.max(...coldExports))}; ${shown}`);
  report(`${what}, warm (p50 of 10)`, percentile(exports, 50), 50, 'ms', `max ${ms(Math.max(...exports))}`);

  // Search as you type: keydown → the results for the new query shown and laid out, keys
  // TYPING_GAP_MS apart.
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
  // The first search after the browser stopped the worker: its index is gone with it.
  await stopServiceWorker(context, page, origin);
  await page.keyboard.type('k');
  await page.waitForFunction(() => window.__tnSearch.samples.length >= 1, null, { timeout: 30_000 });
  const coldSearch = await page.evaluate(() => window.__tnSearch.samples.shift());
  report(`search ${data.notes} notes, first keystroke after the service worker stopped`, coldSearch, 100, 'ms');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(TYPING_GAP_MS);
  let typed = 0;
  for (const word of ['container', 'latency', 'kubernetes', 'raft', 'zebra', 'observability']) {
    for (const ch of word) {
      await page.keyboard.type(ch);
      typed++;
      await page.waitForFunction((n) => window.__tnSearch.samples.length >= n, typed, { timeout: 10_000 });
      // The next key as a fast typist presses it, not the instant the results reached the DOM,
      // when the page is still laying them out and painting (that wait is not the search's).
      await page.waitForTimeout(TYPING_GAP_MS);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  const search = await page.evaluate(() => window.__tnSearch.samples);
  report(`search ${data.notes} notes per keystroke (p95 of ${search.length})`, percentile(search, 95), 16, 'ms', `p50 ${ms(percentile(search, 50))}`);
  if (which.bundle) await downloadFigure(page, data, report);
  await page.close();
}

