// Chromium with the built extension against the fixture server, shared by `npm start`,
// `npm run bench`, the screenshot script and the e2e harness (plain JavaScript so Node runs
// it without a TypeScript loader; types in chromium.d.mts).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:tls';

export const CHROMIUM = '/usr/bin/chromium';

/** Site hosts sent to the fixture server unless a caller names others. */
export const MAPPED_HOSTS = ['www.youtube.com', 'm.youtube.com', 'youtube.com', 'youtu.be'];

/** Flags that load the unpacked extension and resolve the real site hosts to the fixture server. */
export function chromiumArgs(extensionDir, serverPort, hosts = MAPPED_HOSTS) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--autoplay-policy=no-user-gesture-required',
    `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${serverPort}`).join(', ')}`,
  ];
}

/**
 * Base64 SHA-256 of the public key the server at `port` presents. Given to
 * --ignore-certificate-errors-spki-list, Chromium accepts that one self-signed certificate
 * (the fixture server's, made fresh per run) and still refuses every other bad one.
 */
export function serverSpki(port, servername = 'www.youtube.com') {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false }, () => {
      const der = socket.getPeerX509Certificate()?.publicKey.export({ type: 'spki', format: 'der' });
      socket.end();
      if (der) resolve(createHash('sha256').update(der).digest('base64'));
      else reject(new Error('the fixture server showed no certificate'));
    });
    socket.on('error', reject);
  });
}

/**
 * Starts Chromium itself (not through Playwright, so a person gets an ordinary window with no
 * automation banner) on its own profile. With `debug`, a DevTools endpoint is opened and
 * returned so a script can drive the browser with playwright-core's connectOverCDP.
 */
export async function spawnChromium({ extensionDir, server, url, headless = true, profileDir, debug = false, hosts, extraArgs = [], log = 'ignore' }) {
  const ownProfile = profileDir === undefined;
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'talk-notes-chromium-'));
  const port = `${profile}/DevToolsActivePort`;
  rmSync(port, { force: true });
  const rootOnly = (arg) => arg !== '--no-sandbox' || process.getuid?.() === 0;
  const args = [
    `--user-data-dir=${profile}`,
    ...chromiumArgs(extensionDir, server.port, hosts).filter(rootOnly),
    `--ignore-certificate-errors-spki-list=${await serverSpki(server.port)}`,
    '--no-default-browser-check',
    ...(headless ? ['--headless'] : []),
    ...(debug ? ['--remote-debugging-port=0'] : []),
    ...extraArgs,
    url,
  ];
  const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', log] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  // A script that dies (an error, a closed pipe) must not leave its browser running.
  const orphan = () => child.kill('SIGKILL');
  process.once('exit', orphan);
  void exited.then(() => process.off('exit', orphan));
  let endpoint = null;
  if (debug) {
    const deadline = Date.now() + 20_000;
    while (!existsSync(port) || readFileSync(port, 'utf8').split('\n').length < 2) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Chromium did not start (exit ${child.exitCode})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [p, path] = readFileSync(port, 'utf8').split('\n');
    endpoint = `ws://127.0.0.1:${p}${path}`;
  }
  return {
    child,
    endpoint,
    profile,
    exited,
    async close() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      // Helper processes may still be writing the profile for a moment after the browser exits.
      for (let attempt = 0; ownProfile && attempt < 10; attempt++) {
        try {
          rmSync(profile, { recursive: true, force: true });
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    },
  };
}
