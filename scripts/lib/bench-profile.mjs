// SEEDED_PROFILE=<dir>: the browser profile holding the seeded bench data, kept between runs.
// Seeding 50,000 notes through the backup import takes 0.5–3 minutes on the shared machine;
// with this set, the first run seeds into <dir> and every run measures a fresh copy of it.
// The copy is the same database the import wrote (the extension's id comes from its folder,
// which does not change), so the figures measure the same data either way.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { seedLibrary } from './bench-library.mjs';
import { spawnChromium } from './chromium.mjs';

const MARK = 'talk-notes-bench-seeded';

/** Where the extension's pages live in a running bench browser. */
export async function extensionOrigin(context) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return `chrome-extension://${new URL(worker.url()).host}`;
}

/**
 * A profile for the bench's browser: a copy of the kept seeded one (made first if missing) and
 * `seeded: true`, or, without SEEDED_PROFILE, none (`spawnChromium` makes and removes its own).
 */
export async function benchProfile({ extensionDir, server, data }) {
  const keep = process.env.SEEDED_PROFILE;
  if (!keep) return { profileDir: undefined, seeded: false, remove() {} };
  if (!existsSync(join(keep, MARK))) {
    const spawned = await spawnChromium({ extensionDir, server, url: 'about:blank', headless: true, debug: true, profileDir: keep });
    try {
      const browser = await chromium.connectOverCDP(spawned.endpoint);
      const context = browser.contexts()[0];
      await seedLibrary(context, await extensionOrigin(context), data);
      await browser.close();
    } finally {
      await spawned.close();
    }
    writeFileSync(join(keep, MARK), new Date().toISOString());
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'talk-notes-bench-'));
  cpSync(keep, profileDir, { recursive: true, filter: (src) => !/Singleton|DevToolsActivePort/.test(src) });
  console.log(`      the seeded data from ${keep} (a copy)`);
  return { profileDir, seeded: true, remove: () => rmSync(profileDir, { recursive: true, force: true }) };
}
