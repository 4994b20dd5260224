// The programme figures of `npm run bench`: importing a Congress-sized schedule (1,000 events,
// c3voc JSON) through the library page's own request, read, merged and stored by the real
// background in the browser's IndexedDB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ms, percentile } from './stats.mjs';

const root = resolve(import.meta.dirname, '../..');
const TARGET_MS = 1000;
const RUNS = 5;

/** The generated schedule (tests/unit/formats/schedule/congress.ts, TypeScript: bundled once here). */
async function congressJson(events) {
  const out = mkdtempSync(join(tmpdir(), 'bench-programme-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      build: { outDir: out, minify: false, lib: { entry: { congress: join(root, 'tests/unit/formats/schedule/congress.ts') }, formats: ['es'] } },
    });
    const { congressSchedule } = await import(pathToFileURL(join(out, 'congress.js')).href);
    return congressSchedule(events).json;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Times `programme.import` from the library page: as a new conference (RUNS times), then the same file over one of them. */
export async function programmeFigures(context, origin, report) {
  const json = await congressJson(1000);
  const page = await context.newPage();
  await page.goto(`${origin}/library.html`);
  const importOnce = (conferenceId) =>
    page.evaluate(async ([text, conferenceId]) => {
      const t = performance.now();
      const reply = await chrome.runtime.sendMessage({ type: 'programme.import', payload: { conferenceId, text } });
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
