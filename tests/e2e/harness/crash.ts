// A browser crash, as the operating system sees one: every process of the browser that runs
// on a profile is killed with SIGKILL, so nothing gets the chance to shut down or flush.
// The profile stays; the next launch on it is the browser starting after a crash.
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { until } from './wait';

interface Proc {
  pid: number;
  ppid: number;
  args: string[];
}

function processes(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command may hold spaces and parentheses: the fields after the last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
      out.push({ pid: Number(name), ppid, args });
    } catch {
      // It ended while we looked.
    }
  }
  return out;
}

/** The browser's main process on `profileDir` and everything it started (renderers, GPU, zygotes, utilities). */
export function browserProcessTree(profileDir: string): number[] {
  // Chromium names its profile --user-data-dir=DIR, Firefox --profile DIR.
  return processTreeOf((args) =>
    args.includes(`--user-data-dir=${profileDir}`) || args.some((a, i) => (a === '--profile' || a === '-profile') && args[i + 1] === profileDir));
}

/** Every browser whose command line names a path under `dir`, with all its processes. */
export function browsersUnder(dir: string): number[] {
  return processTreeOf((args) => args.some((a) => a.includes(dir)));
}

/** The processes `isRoot` picks (browsers' helper processes aside) and every process they started. */
function processTreeOf(isRoot: (args: string[]) => boolean): number[] {
  const all = processes();
  // Helper processes (Chromium's --type=…, Firefox's -contentproc) are found below as children.
  const roots = all.filter((p) => isRoot(p.args) && !p.args.some((a) => a.startsWith('--type=') || a === '-contentproc'));
  const tree = new Set(roots.map((p) => p.pid));
  // Children appear after their parents in no guaranteed order: repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

const alive = (pid: number) => {
  try {
    // A zombie still answers kill(0) until its parent reaps it; it holds nothing any more.
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

/** SIGKILLs the browser running on `profileDir`, all its processes at once, and waits until they are gone. */
export async function killBrowser(profileDir: string): Promise<number[]> {
  const pids = browserProcessTree(profileDir);
  if (pids.length === 0) throw new Error(`no browser runs on ${profileDir}`);
  return killAll(pids);
}

/** SIGKILLs `pids` and waits until they are gone. */
export async function killAll(pids: number[]): Promise<number[]> {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  await until('the killed browser to be gone', () => !pids.some(alive), { timeout: 10_000 });
  return pids;
}

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stops the extension's service worker as Chrome's idle shutdown does, while messages may
 * keep arriving: resolves once the browser reports the running version stopped, even if the
 * next message starts it again at once (which ChromiumSession.stopServiceWorker would wait
 * out). The ServiceWorker domain is per origin, hence the short-lived extension page.
 */
export async function interruptServiceWorker(context: BrowserContext, extensionId: string): Promise<void> {
  const origin = `chrome-extension://${extensionId}/`;
  const page = await context.newPage();
  try {
    await page.goto(`${origin}manifest.json`);
    const cdp = await context.newCDPSession(page);
    const seen: WorkerVersion[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => seen.push(...e.versions.filter((v) => v.scriptURL.startsWith(origin))));
    await cdp.send('ServiceWorker.enable');
    const running = await until('the running service worker', () => seen.find((v) => v.runningStatus === 'running'));
    await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
    await until('the service worker to stop', () => seen.some((v) => v.versionId === running.versionId && v.runningStatus === 'stopped'), { timeout: 10_000, interval: 10 });
  } finally {
    await page.close();
  }
}
