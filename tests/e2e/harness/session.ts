// One fixture server and one browser per test file, started and closed by vitest hooks.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../fixtures/server.mjs';
import { launchChromium, type ChromiumOptions, type ChromiumSession } from './chromium';
import { CHROME_EXTENSION_DIR } from './paths';

export interface E2eEnv {
  readonly server: FixtureServer;
  readonly browser: ChromiumSession;
}

export function useChromium(options: Omit<ChromiumOptions, 'serverPort'> = {}): E2eEnv {
  let server: FixtureServer | undefined;
  let browser: ChromiumSession | undefined;
  beforeAll(async () => {
    const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`no built extension in ${dir}: run \`npx wxt build\` first`);
    server = await startFixtureServer();
    browser = await launchChromium({ ...options, serverPort: server.port });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
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

/** The browser-neutral name tests use; Firefox joins behind it (E2E_BROWSER=firefox). */
export const useBrowser = useChromium;
