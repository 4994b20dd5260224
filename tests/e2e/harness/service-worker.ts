// The extension's service worker seen from outside: stop it as Chrome's idle shutdown does,
// start it, and tell whether it runs.
//
// Checked on Chromium 156 + Playwright 1.65: after ServiceWorker.stopWorker Playwright emits
// neither `close` nor a new `serviceworker` event; its Worker object stays and answers
// again once the worker runs. So "running" is read from the browser's target list.
import type { BrowserContext, CDPSession, Worker } from 'playwright-core';
import { until } from './wait';

interface Version {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

export function serviceWorkerControl(context: BrowserContext, browserCdp: CDPSession, extensionId: string) {
  const origin = `chrome-extension://${extensionId}/`;

  async function isRunning(): Promise<boolean> {
    const { targetInfos } = await browserCdp.send('Target.getTargets', {});
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  }

  /** Runs `fn` with the ServiceWorker domain of a short-lived extension page (the domain is per origin). */
  async function withServiceWorkerDomain<T>(fn: (cdp: CDPSession, versions: Map<string, Version>) => Promise<T>): Promise<T> {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}manifest.json`);
      const cdp = await context.newCDPSession(page);
      const versions = new Map<string, Version>();
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        for (const v of e.versions) versions.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable');
      return await fn(cdp, versions);
    } finally {
      await page.close();
    }
  }

  /**
   * The worker, once it runs (after a wake-up by an event, or startServiceWorker) and its script
   * has run: the target is listed while the script still evaluates, and a toolbar click sent
   * then, right after a fresh profile installed the extension, never reached action.onClicked
   * (seen: the first click of a launch, 2 runs in 3). A call into the worker answers only after it.
   */
  async function get(timeout = 10_000): Promise<Worker> {
    await until('the extension service worker to run', isRunning, { timeout, interval: 100 });
    const known = context.serviceWorkers().find((w) => w.url().startsWith(origin));
    const worker = known ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(origin), timeout }));
    await worker.evaluate(() => 0);
    return worker;
  }

  /**
   * Stops the worker as Chrome does when it idles: its memory is gone, its storage stays.
   * Resolves once the browser reported the worker stopped. An event on its way (a message from a
   * tab that just closed) may start it again at once, as it would after an idle stop: a stop is
   * seen in the browser's reports, not in a target list read a moment later.
   */
  async function stop(): Promise<void> {
    if (!(await isRunning())) return;
    await withServiceWorkerDomain(async (cdp, versions) => {
      const ours = () => [...versions.values()].filter((v) => v.scriptURL.startsWith(origin));
      const running = await until('the service worker version', () => ours().find((v) => v.runningStatus === 'running'));
      let stopped = false;
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        if (e.versions.some((v) => v.versionId === running.versionId && v.runningStatus === 'stopped')) stopped = true;
      });
      await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
      await until('the service worker to stop', () => stopped, { timeout: 10_000 });
    });
  }

  async function start(): Promise<Worker> {
    await withServiceWorkerDomain((cdp) => cdp.send('ServiceWorker.startWorker', { scopeURL: origin }));
    return get();
  }

  return { isRunning, get, stop, start };
}
