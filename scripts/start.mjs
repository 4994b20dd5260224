// `npm start`: builds the extension if needed, serves the bundled demo talk as
// https://www.youtube.com/watch?v=… from loopback and opens Chromium on it with the extension.
//   --check   headless: verifies the sidebar is on the demo talk, prints OK and exits.
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tests/fixtures/server.mjs';
import { CHROME_EXTENSION_DIR, ensureBuilt, REPO_ROOT } from './lib/build.mjs';
import { spawnChromium } from './lib/chromium.mjs';

export const DEMO_URL = 'https://www.youtube.com/watch?v=wCa-2016Amx';
const check = process.argv.includes('--check');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

function manualSteps() {
  return [
    'To use the extension in your own Chromium or Chrome:',
    '  1. open chrome://extensions',
    '  2. switch on "Developer mode" (top right)',
    `  3. click "Load unpacked" and choose ${CHROME_EXTENSION_DIR}`,
    '  4. open a talk on https://www.youtube.com/watch?v=…',
    `(\`npm start\` on a machine with a display opens the demo talk ${DEMO_URL} served locally.)`,
  ].join('\n');
}

/**
 * Waits until the sidebar's region and note box are in the page's accessibility tree (the shadow
 * root is closed, so CDP looks). A video without notes shows the loader's "Open Talk notes"
 * control instead: it is clicked, as a person would, once.
 */
async function sidebarShown(page, timeout = 20_000) {
  const cdp = await page.context().newCDPSession(page);
  const deadline = Date.now() + timeout;
  let clicked = false;
  for (;;) {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
    const find = (role, name) => nodes.find((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
    // The sidebar is a landmark named "Talk notes" (a region) holding the note box.
    if ((find('region', 'Talk notes') || find('complementary', 'Talk notes')) && find('textbox', 'Note')) return;
    const control = find('button', 'Open Talk notes');
    if (control && !clicked) {
      const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: control.backendDOMNodeId });
      const [x1, y1, , , x3, y3] = model.content;
      const at = { x: (x1 + x3) / 2, y: (y1 + y3) / 2, button: 'left', clickCount: 1 };
      await cdp.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
      await cdp.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
      clicked = true;
    }
    if (Date.now() > deadline) throw new Error('the sidebar did not appear on the demo talk');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function runCheck(server) {
  const browser = await spawnChromium({ extensionDir: CHROME_EXTENSION_DIR, server, url: DEMO_URL, headless: true, debug: true });
  try {
    const cdp = await chromium.connectOverCDP(browser.endpoint);
    const context = cdp.contexts()[0];
    const page = context.pages().find((p) => p.url().startsWith(DEMO_URL)) ?? (await context.waitForEvent('page'));
    await page.waitForLoadState('domcontentloaded');
    await sidebarShown(page);
    console.log(`OK: the Talk Notes sidebar is on the demo talk (${DEMO_URL}) in headless Chromium.`);
    await cdp.close();
  } finally {
    await browser.close();
  }
}

async function runHeaded(server) {
  const profileDir = `${REPO_ROOT}.output/start-profile`;
  mkdirSync(profileDir, { recursive: true });
  const logFile = `${profileDir}/chromium.log`;
  const log = openSync(logFile, 'w');
  const browser = await spawnChromium({
    extensionDir: CHROME_EXTENSION_DIR,
    server,
    url: DEMO_URL,
    headless: false,
    // Kept between runs so notes taken in the demo are still there next time.
    profileDir,
    log,
  });
  const failed = ({ code, signal }) => code !== 0 && signal === null;
  // A browser that cannot open its window (no usable display) quits within a moment.
  const early = await Promise.race([browser.exited, new Promise((r) => setTimeout(() => r(null), 3000))]);
  if (early && failed(early)) throw new Error(`Chromium exited with code ${early.code}:\n${tail(logFile)}`);
  console.log(`Chromium is open on the demo talk ${DEMO_URL} (served from this machine).`);
  console.log('Open the sidebar with the "Open Talk notes" control beside the video (or Alt+Shift+S); Alt+Shift+N focuses the note box. Close Chromium or press Ctrl+C to stop.');
  const stop = () => void browser.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const end = await browser.exited;
  if (failed(end)) throw new Error(`Chromium exited with code ${end.code} (its log: ${logFile})`);
}

function tail(file, lines = 8) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.includes('dbus')).slice(-lines).join('\n');
}

async function main() {
  if (!check && !hasDisplay) {
    ensureBuilt();
    console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.');
    console.log(`The extension is built in ${CHROME_EXTENSION_DIR}.`);
    console.log(manualSteps());
    console.log('To check it works headless instead: npm start -- --check');
    return;
  }
  ensureBuilt();
  const server = await startFixtureServer();
  try {
    await (check ? runCheck(server) : runHeaded(server));
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
