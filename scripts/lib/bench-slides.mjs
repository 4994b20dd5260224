// Slide figures for `npm run bench`: capture → thumbnail shown on a 1280×720 video, and opening
// the sidebar on a talk with 200 slides (thumbnails are read only when in view).
import { benchSession, keepSidebarOpen, OPEN_PROBE, sidebarRoot } from './probes.mjs';
import { ms, percentile } from './stats.mjs';

const SLIDES = 200;
const TIMED = 30;
const WARMUP = 5;

/** `this` is the shadow root: after each click on "Slide", the time until its new thumbnail's image has loaded and is laid out. */
const CAPTURE_PROBE = `function () {
  const root = this;
  const probe = (globalThis.__tnSlide = { samples: [], waiters: [], known: new Set() });
  const inputs = globalThis.__tnInput;
  const check = () => {
    for (const img of root.querySelectorAll('.slide-thumb img')) {
      if (probe.known.has(img) || !img.complete || img.naturalWidth === 0) continue;
      probe.known.add(img);
      img.getBoundingClientRect();
      probe.samples.push(performance.now() - inputs.click);
      for (const w of probe.waiters.splice(0)) w();
    }
  };
  root.addEventListener('load', check, true);
  new MutationObserver(check).observe(root, { subtree: true, childList: true, attributes: true });
  for (const img of root.querySelectorAll('.slide-thumb img')) probe.known.add(img);
  return true;
}`;

/** Each round captures into a talk of its own, so the second figure always opens exactly SLIDES slides. */
export async function slideFigures(context, report, round) {
  // A talk without notes shows only the loader's control: these are a person's who keeps the sidebar open.
  await keepSidebarOpen(context);
  const page = await context.newPage();
  const s = await benchSession(page);
  const waitFor = (root, fn) => s.call(root, `function () { return new Promise((ok) => { const check = () => (${fn})(this) ? ok(true) : setTimeout(check, 20); check(); }); }`);
  const centre = (root, selector) => s.call(root, `function () { const r = this.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; }`);

  await page.goto(`https://www.youtube.com/watch?v=benchSlide${round}&media=hd`);
  let root = await sidebarRoot(s.cdp, await s.world());
  await waitFor(root, '(r) => r.querySelector("button.capture")');
  await page.waitForFunction(() => document.querySelector('video')?.readyState >= 2);
  await page.evaluate(() => {
    const v = document.querySelector('video');
    v.pause();
    v.currentTime = 0.5;
  });
  await page.waitForFunction(() => !document.querySelector('video').seeking);
  await s.call(root, CAPTURE_PROBE);
  const saved = (n) => `(r) => r.querySelectorAll('.slide-thumb').length === ${n} && !r.querySelector('li[data-saving]')`;
  for (let i = 0; i < SLIDES; i++) {
    const at = await centre(root, 'button.capture');
    await page.mouse.click(at.x, at.y);
    if (i < TIMED) await s.run(`new Promise((ok) => (__tnSlide.samples.length > ${i} ? ok() : __tnSlide.waiters.push(ok)))`);
    await waitFor(root, saved(i + 1));
  }
  const shown = (await s.run('__tnSlide.samples')).slice(WARMUP, TIMED);
  report(`capture → thumbnail shown, 1280×720 video (p95 of ${shown.length})`, percentile(shown, 95), 150, 'ms', `p50 ${ms(percentile(shown, 50))}`);

  // The talk with 200 slides, opened again: click on the closed sidebar → its first screenful laid out.
  await page.reload();
  root = await sidebarRoot(s.cdp, await s.world());
  await waitFor(root, `(r) => r.querySelector("ul.notes")?.childElementCount === ${SLIDES}`);
  await s.call(root, OPEN_PROBE, [SLIDES, 'click', 40]);
  const opens = [];
  for (let i = 0; i < 10; i++) {
    const toggle = await centre(root, 'button.toggle');
    await page.mouse.click(toggle.x, toggle.y); // close
    await waitFor(root, '(r) => r.querySelector("#tn-body")?.hidden');
    await s.run('__tnOpen.armed = true');
    await page.mouse.click(toggle.x, toggle.y); // open
    await s.run(`new Promise((ok) => (__tnOpen.wholes.length > ${i} ? ok() : __tnOpen.waiters.push(ok)))`);
    opens.push((await s.run('__tnOpen.samples'))[i]);
  }
  report(`open the sidebar on a talk with ${SLIDES} slides (p95 of 10 clicks)`, percentile(opens, 95), 100, 'ms', `p50 ${ms(percentile(opens, 50))}`);
  await page.close();
}
