// The write-up bundle's figures of `npm run bench`: the zip of a conference of 200 talks with
// 500 slides (real 1280×720 WebP frames of ~60 KB, made by ffmpeg), and in the library page the
// click on "Download write-up" → the .zip handed to the browser to save.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { BACKUP_FORMAT_FIELDS } from './bench-format.mjs';
import { send } from './bench-send.mjs';
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
    `max ${ms(Math.max(...warm))}; slides ${mean.toFixed(0)} KB each, zip ${(bytes / 1048576).toFixed(1)} MB, Markdown ${(markdownChars / 1048576).toFixed(1)} MB; reading the slides from IndexedDB and handing the zip to the page: the library figure below`,
  );
}

/** Images a backup file holds at most here: 100 slides of ~76 KB are ~10 MB of base64, a fifth of the import's cap. */
const IMAGES_PER_FILE = 100;

/**
 * Stores the images of the data set's slide notes (`data.slideImages`) as a person restoring
 * backups would: files holding only images, imported by the library page (backups merge, and an
 * image joins its note by id).
 */
export async function seedSlideImages(context, origin, data) {
  if (data.slideImages.length === 0) return;
  const images = frames();
  const base64 = images.map((bytes) => Buffer.from(bytes).toString('base64'));
  const page = await context.newPage();
  await page.goto(`${origin}/library.html`);
  const started = Date.now();
  let stored = 0;
  for (let i = 0; i < data.slideImages.length; i += IMAGES_PER_FILE) {
    const list = data.slideImages.slice(i, i + IMAGES_PER_FILE).map((s, k) => ({
      id: s.id, noteId: s.noteId, type: 'image/webp', width: 1280, height: 720,
      data: base64[(i + k) % base64.length], createdAt: s.at, updatedAt: s.at,
    }));
    const text = JSON.stringify({ ...BACKUP_FORMAT_FIELDS, exportedAt: new Date().toISOString(), talks: [], notes: [], conferences: [], images: list });
    const summary = await send(page, 'backup.import', { text });
    if (summary.problems?.length) throw new Error(`the slides' backup was refused in part: ${summary.problems.join(' ')}`);
    stored += list.length;
  }
  console.log(`      seeded ${stored} slides' images (1280×720 WebP, ${(images.reduce((n, f) => n + f.length, 0) / images.length / 1024).toFixed(0)} KB each) through the backup import (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await page.close();
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
        // After the figure: the zip's size says the slides are in it.
        void fetch(this.href).then((r) => r.blob()).then((b) => (rec.bytes = b.size));
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
    `Download write-up, ${data.conferenceNotes} notes in ${data.conferenceTalks} talks with ${data.slideImages.length} slides: click → .zip handed to the browser (p50 of ${warm.length})`,
    percentile(warm, 50), 2000, 'ms', `max ${ms(Math.max(...warm))}; zip ${((await page.evaluate(() => window.__tnBundle.bytes ?? 0)) / 1048576).toFixed(1)} MB`,
  );
}
