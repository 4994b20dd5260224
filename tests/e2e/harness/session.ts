// One fixture server and one browser per test file, handed out by vitest hooks. A browser is
// launched once and reused by later files, reset between them (see Reusable.reset) at a fraction
// of a launch's cost. A failed test's retry gets a new browser (a new profile), unless the file's
// tests build on each other (`sequential`): what the failed attempt stored would otherwise fail
// the retry too; a file with a failure never passes its browser on.
// E2E_BROWSER=chromium (default) or firefox picks the browser; tests see the same API.
import { existsSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server.mjs';
import { SITE_HOSTS } from '../../fixtures/site-hosts.mjs';
import { launchChromium, MAPPED_HOSTS, type ChromiumOptions, type ChromiumSession } from './chromium';
import { chromiumBrowserSession } from './chromium-session';
import { launchFirefox } from './firefox';
import { CHROME_EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from './paths';
import type { BrowserSession } from './types';

export interface Env<B> {
  readonly server: FixtureServer;
  readonly browser: B;
}

export type E2eEnv = Env<BrowserSession>;

export type BrowserName = BrowserSession['name'];

/** The browser this run drives: E2E_BROWSER, default chromium. */
export function browserName(): BrowserName {
  const name = process.env.E2E_BROWSER ?? 'chromium';
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`E2E_BROWSER must be chromium or firefox, not ${JSON.stringify(name)}`);
  return name;
}

export interface BrowserOptions {
  /** More host names sent to the fixture server (besides YouTube's and the fixture sites'). */
  hosts?: readonly string[];
  /** A built extension folder; default .output/chrome-mv3 or .output/firefox-mv3. */
  extensionDir?: string;
  headless?: boolean;
  /**
   * The file's tests build on each other (a library filled by the first, a backup restored by
   * the next): a retry keeps the browser, since a new one would lack what the earlier tests made.
   */
  sequential?: boolean;
}

interface Reusable {
  close(): Promise<void>;
  reset(): Promise<void>;
}

interface Idle {
  key: string;
  server: FixtureServer;
  browser: Reusable;
}

// Browsers that outlived their test file, for the next file that asks for the same kind (test
// files share this module: the e2e config runs them in one process, without isolation). Two
// at most, besides one of another kind (the sync files' builds): a file may use two devices at once.
const idle: Idle[] = [];
const IDLE_MAX = 3;

/** A browser (with its fixture server) left by an earlier file and reset, or null to launch one. */
async function reuse<B extends Reusable>(key: string): Promise<{ server: FixtureServer; browser: B } | null> {
  const i = idle.findIndex((entry) => entry.key === key);
  if (i < 0) return null;
  const [entry] = idle.splice(i, 1);
  try {
    await entry!.browser.reset();
    return entry as unknown as { server: FixtureServer; browser: B };
  } catch (error) {
    console.warn(`a browser could not be reset for reuse, launching a new one: ${error instanceof Error ? error.message : String(error)}`);
    await entry!.browser.close().catch(() => {});
    await entry!.server.close();
    return null;
  }
}

async function putAway(entry: Idle) {
  idle.push(entry);
  while (idle.length > IDLE_MAX) {
    const old = idle.shift()!;
    await old.browser.close().catch(() => {});
    await old.server.close();
  }
}

function useSession<B extends Reusable>(key: string, dir: string, launch: (serverPort: number) => Promise<B>, keep = false): Env<B> {
  let server: FixtureServer | undefined;
  let browser: B | undefined;
  beforeAll(async () => {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`no built extension in ${dir}: run \`npm run build\` first`);
    const reused = await reuse<B>(key);
    server = reused?.server ?? (await startFixtureServer());
    browser = reused?.browser ?? (await launch(server.port));
  });
  let failed = false;
  afterEach(({ task }) => {
    if (task.result?.state !== 'fail') return;
    failed = true;
    // Said now: a retry that passes would leave no word of why the first attempt failed.
    const why = (task.result.errors ?? []).map((e) => e.message.split('\n')[0]).join('; ');
    console.warn(`attempt ${(task.result.retryCount ?? 0) + 1} of "${task.name}" failed: ${why}`);
  });
  beforeEach(async () => {
    if (!failed || keep || !server) return;
    failed = false;
    await browser?.close();
    browser = undefined;
    browser = await launch(server.port);
  });
  afterAll(async () => {
    if (browser && server && !failed) await putAway({ key, server, browser });
    else {
      await browser?.close();
      await server?.close();
    }
    browser = undefined;
    server = undefined;
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (use it inside tests or hooks)`);
    return value;
  };
  return {
    get server() {
      return need(server, 'the fixture server');
    },
    get browser() {
      return need(browser, 'the browser');
    },
  };
}

/** Chromium only, with Playwright's own types (for Chromium-specific checks). */
export function useChromium(options: Omit<ChromiumOptions, 'serverPort'> = {}): Env<ChromiumSession> {
  const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  return useSession(keyOf('playwright-chromium', dir, options), dir, (serverPort) => launchChromium({ ...options, serverPort }));
}

/** Which browsers can stand in for each other: the same kind, build, hosts and launch options. */
const keyOf = (kind: string, dir: string, options: object) => JSON.stringify({ kind, dir, ...options, sequential: undefined });

/**
 * Every fixture site's host is sent to the fixture server in every browser, whatever the file
 * names: browsers with one set of hosts stand in for each other, so a run launches each kind once.
 */
const FIXTURE_HOSTS: readonly string[] = [...MAPPED_HOSTS, ...Object.keys(SITE_HOSTS)];

/** The browser-neutral entry every test uses: E2E_BROWSER chooses Chromium or Firefox. */
export function useBrowser(options: BrowserOptions = {}): E2eEnv {
  const hosts = [...new Set([...FIXTURE_HOSTS, ...(options.hosts ?? [])])];
  if (browserName() === 'firefox') {
    const dir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
    return useSession(keyOf('firefox', dir, { ...options, hosts }), dir, (serverPort) => launchFirefox({ ...options, hosts, extensionDir: dir, serverPort }), options.sequential);
  }
  const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  return useSession(keyOf('chromium', dir, { ...options, hosts }), dir, async (serverPort) => chromiumBrowserSession(await launchChromium({ ...options, hosts, extensionDir: dir, serverPort })), options.sequential);
}
