// The write-up bundle's figures of `npm run bench`: the zip of a conference of 200 talks with
// 500 slides (real 1280×720 WebP frames of ~60 KB, made by ffmpeg), and in the library page the
// click on "Download write-up" → the .zip handed to the browser to save.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { ms, percentile } from './stats.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'talk-notes-bench-bundle');
const FRAMES = 20;
const SLIDES = 500;

/** Distinct real frames of a test pattern with grain, encoded as the capture would (WebP, 1280×720). */
function frames() {
  mkdirSync(CACHE, { recursive: true });
  const pattern = join(CACHE, 'slide-%02d.webp');
  const made = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=1,noise=alls=7:allf=t', '-frames:v', String(FRAMES), '-c:v', 'libwebp', '-quality', '75', pattern]);
  if (made.status !== 0) throw new Error(`ffmpeg could not make the slides: ${made.stderr}`);
  return Array.from({ length: FRAMES }, (_, i) => new Uint8Array(readFileSync(join(CACHE, `slide-${String(i + 1).padStart(2, '0')}.webp`))));
}

/** The zip made in Node by the product's export and bundler (the worker runs the same code). */
export async function zipFigure(data, report) {
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': ROOT } },
    build: { ssr: join(import.meta.dirname, 'bundle-bench.ts'), outDir: join(CACHE, 'code'), emptyOutDir: true, minify: false },
  });
  const { zipFigures } = await import(pathToFileURL(join(CACHE, 'code', 'bundle-bench.js')).href);
  const images = frames();
  const mean = images.reduce((s, f) => s + f.length, 0) / images.length / 1024;
  const { ms: runs, bytes, markdownChars } = zipFigures(JSON.parse(data.text), images, SLIDES, 6);
  const warm = runs.slice(1);
  report(
    `write-up bundle of a conference of 200 talks with ${SLIDES} slides: Markdown made and zipped (p50 of ${warm.length}, Node)`,
    percentile(warm, 50), 2000, 'ms',
    `max ${ms(Math.max(...warm))}; slides ${mean.toFixed(0)} KB each, zip ${(bytes / 1048576).toFixed(1)} MB, Markdown ${(markdownChars / 1048576).toFixed(1)} MB; reading the slides from IndexedDB and handing the zip to the page are not in it (no slide store on this build)`,
  );
}

/** In the library page (`page`, the bench's): click "Download write-up" on the open conference export → the .zip handed to the browser. */
export async function downloadFigure(page, data, report) {
  await page.evaluate(() => {
    const rec = (window.__tnBundle = { t0: 0, samples: [] });
    document.addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('.export button') && e.target.textContent.trim() === 'Download write-up') rec.t0 = e.timeStamp;
    }, true);
    // saveFile clicks a hidden <a download>: the moment the file is the browser's.
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (rec.t0 && this.download.endsWith('.zip')) {
        rec.samples.push(performance.now() - rec.t0);
        rec.t0 = 0;
        return undefined; // measured: not saved, so the bench leaves no files behind
      }
      return click.call(this);
    };
  });
  await page.click('button[aria-label^="Export conference:"]');
  await page.waitForFunction(() => [...document.querySelectorAll('.export button')].some((b) => b.textContent.trim() === 'Download write-up' && !b.disabled), null, { timeout: 30_000 });
  const samples = [];
  for (let i = 0; i < 6; i++) {
    await page.getByRole('button', { name: 'Download write-up', exact: true }).click();
    await page.waitForFunction((k) => window.__tnBundle.samples.length > k, i, { timeout: 30_000 });
    samples.push(await page.evaluate(() => window.__tnBundle.samples.at(-1)));
    await page.waitForFunction(() => [...document.querySelectorAll('.export button')].some((b) => b.textContent.trim() === 'Download write-up' && !b.disabled));
  }
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  const warm = samples.slice(1);
  report(
    `Download write-up, ${data.conferenceNotes} notes in ${data.conferenceTalks} talks (no slides): click → .zip handed to the browser (p50 of ${warm.length})`,
    percentile(warm, 50), 2000, 'ms', `max ${ms(Math.max(...warm))}`,
  );
}
