// The programme figures of `npm run bench`: importing a Congress-sized schedule (1,000 events,
// c3voc JSON) as the library page does: read there by the product's reader, then its own request,
// checked, merged and stored by the real background in the browser's IndexedDB.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ms, percentile } from './stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const TARGET_MS = 1000;
const RUNS = 5;

/**
 * The generated schedule (tests/unit/formats/schedule/congress.ts, TypeScript: bundled once here),
 * and the product's schedule reader as one classic script, for the library page, which reads the
 * file itself before `programme.import`.
 */
async function congressJson(events) {
  const out = mkdtempSync(join(tmpdir(), 'bench-programme-'));
  try {
    const bundle = (entry, lib) => build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { alias: { '@': root } },
      build: { outDir: out, emptyOutDir: false, minify: false, lib: { entry, ...lib } },
    });
    await bundle({ congress: join(root, 'tests/unit/formats/schedule/congress.ts') }, { formats: ['es'] });
    await bundle(join(root, 'utils/formats/schedule/parse-schedule.ts'), { formats: ['iife'], name: 'benchSchedule', fileName: () => 'parse.js' });
    const { congressSchedule } = await import(pathToFileURL(join(out, 'congress.js')).href);
    return { json: congressSchedule(events).json, reader: readFileSync(join(out, 'parse.js'), 'utf8') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Times `programme.import` from the library page: as a new conference (RUNS times), then the same file over one of them. */
export async function programmeFigures(context, origin, report) {
  const { json, reader } = await congressJson(1000);
  const page = await context.newPage();
  await page.goto(`${origin}/library.html`);
  // Evaluated through the debugger, which the page's CSP does not govern; it defines `benchSchedule`.
  await page.evaluate(`${reader}; globalThis.benchSchedule = benchSchedule; 0`);
  const importOnce = (conferenceId) =>
    page.evaluate(async ([text, conferenceId]) => {
      const t = performance.now();
      const programme = globalThis.benchSchedule.parseSchedule(text);
      const reply = await chrome.runtime.sendMessage({ type: 'programme.import', payload: { conferenceId, programme } });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no answer');
      return { took: performance.now() - t, summary: reply.value };
    }, [json, conferenceId]);
  const fresh = [];
  let last;
  for (let i = 0; i < RUNS; i++) {
    last = await importOnce(null);
    if (last.summary.added !== 1000) throw new Error(`imported ${last.summary.added} events, not 1,000`);
    fresh.push(last.took);
  }
  const again = await importOnce(last.summary.conferenceId);
  report(
    `import a 1,000-event schedule (${(json.length / 1e6).toFixed(1)} MB c3voc JSON), click to stored (p50 of ${RUNS})`,
    percentile(fresh, 50), TARGET_MS, 'ms',
    `max ${ms(Math.max(...fresh))}; the same file again (a merge that changes nothing): ${ms(again.took)}`,
  );
  await page.close();
}
