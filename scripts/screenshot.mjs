// Makes assets/screenshot.png (the README's picture): the sidebar beside the demo talk with a
// few notes, taken in headless Chromium with the built extension. Run after `npx wxt build`.
// Notes are typed with real keys, so the picture shows what a person gets; the profile is
// fresh, so nothing of yours appears in it.
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server.mjs';
import { CHROME_EXTENSION_DIR, ensureBuilt, REPO_ROOT } from './lib/build.mjs';
import { spawnChromium } from './lib/chromium.mjs';

const DEMO_URL = 'https://www.youtube.com/watch?v=wCa-2016Amx';
const OUT = `${REPO_ROOT}assets/screenshot.png`;
// [moment in the video, Alt+digit for the kind (1 note, 2 quote, 3 question, 4 my thought), text]
const NOTES = [
  [4, '1', 'Containers change the economics of operations, not only how we deploy.'],
  [17, '2', 'Orchestrators are the new operating system.'],
  [31, '3', 'What does bin-packing do to the cloud bill of a small team?'],
  [46, '1', 'Microscaling: start and stop containers as demand moves, in seconds.'],
  [58, '4', 'Try this on the staging cluster next sprint.'],
];

ensureBuilt();
const server = await startFixtureServer();
const spawned = await spawnChromium({ extensionDir: CHROME_EXTENSION_DIR, server, url: 'about:blank', headless: true, debug: true, extraArgs: ['--window-size=1280,900', '--hide-scrollbars'] });
try {
  const browser = await chromium.connectOverCDP(spawned.endpoint);
  const page = browser.contexts()[0].pages()[0];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(DEMO_URL);
  await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 0.2);
  const seek = (t) => page.evaluate((t) => {
    const video = document.querySelector('video');
    video.currentTime = t;
    return new Promise((ok) => video.addEventListener('seeked', ok, { once: true }));
  }, t);
  for (const [at, kind, text] of NOTES) {
    await seek(at);
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForTimeout(100);
    await page.keyboard.press(`Alt+${kind}`);
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
  }
  // Play on past the last note so it is the highlighted one, then hold still for the picture.
  await seek(60);
  await page.evaluate(() => document.querySelector('video').pause());
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
  await page.screenshot({ path: OUT });
  await browser.close();
  console.log(`wrote ${OUT}`);
} finally {
  await spawned.close();
  await server.close();
}
