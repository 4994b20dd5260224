// Storage: a note survives a reload, a browser restart and a stopped service worker
// (saved while it was stopped, and listed again after).
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/session';
import { until } from './harness/wait';
import { TALKS } from './harness/youtube';
import { closeAll, pauseAt, takeNote, waitForNotes, openWatch } from './core-steps';

const env = useBrowser();
const talk = TALKS[1]!;

describe('keeping notes', () => {
  it('keeps a note through reload, browser restart and service-worker shutdown', async () => {
    let open = await openWatch(env, talk.id);
    await pauseAt(open.page, 12);
    await takeNote(open.ui, 'Kubernetes is a platform for platforms');
    await waitForNotes(open.ui, ['0:12 Kubernetes is a platform for platforms']);

    await open.page.reload();
    await waitForNotes(open.ui, ['0:12 Kubernetes is a platform for platforms']);
    await closeAll(open);

    await env.browser.restart();
    open = await openWatch(env, talk.id);
    await waitForNotes(open.ui, ['0:12 Kubernetes is a platform for platforms']);

    await env.browser.stopServiceWorker();
    expect(await env.browser.isServiceWorkerRunning()).toBe(false);
    await pauseAt(open.page, 30);
    await takeNote(open.ui, 'Saved while the worker slept');
    await waitForNotes(open.ui, ['0:12 Kubernetes is a platform for platforms', '0:30 Saved while the worker slept']);
    // Acknowledged means committed: the row is no longer marked as saving.
    await until('the save acknowledged', async () => !(await open.ui.css('li[data-saving]').exists()));

    await env.browser.stopServiceWorker();
    await open.page.reload();
    await waitForNotes(open.ui, ['0:12 Kubernetes is a platform for platforms', '0:30 Saved while the worker slept'], 10_000);
    await closeAll(open);
  });
});
