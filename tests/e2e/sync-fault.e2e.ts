// The server stops in the middle of a sync and starts again on the same port: nothing is lost,
// nothing doubled. A loopback proxy in front of rclone (tests/servers/fault-proxy.ts) sees each
// request, so the server is stopped at a chosen one, not after a guessed delay: A's first
// upload has landed but its answer is lost (the one cut that could double a file), and B's
// read is cut between two files. Then both say in words that the server is out of reach,
// "Sync now" after the restart ends well, and each library holds every note once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy, type ProxiedRequest } from '../servers/fault-proxy';
import { newFolder, startRclone, type DavServer } from '../servers/webdav';
import { oneTalkBackup } from './backup-data';
import { pickFile } from './harness/files';
import { useBrowser, type E2eEnv } from './harness/session';
import type { Ui } from './harness/types';
import { until } from './harness/wait';
import { libraryPage } from './library-steps';
import { setUpSync, syncBrowserOptions } from './sync-steps';

const deviceA = useBrowser(syncBrowserOptions());
const deviceB = useBrowser(syncBrowserOptions());

const NOTES = 1_000;
const TITLE = 'A talk synced through a failing server';
const backup = () =>
  oneTalkBackup({
    videoId: 'faultytalk1', title: TITLE, count: NOTES, stamp: Date.UTC(2026, 4, 4),
    at: (i) => i, text: (i) => `Note ${i}: synced once, whatever the server did.`,
  });

let dav: DavServer;
let proxy: FaultProxy;
beforeAll(async () => {
  dav = await startRclone();
  proxy = await startFaultProxy(dav.url);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await dav?.close();
});

/** Arms the proxy: the server stops once, `when` the first request `pick` takes has reached it ('after') or before it does ('before'). */
function stopServerAt(pick: (r: ProxiedRequest) => boolean, when: 'before' | 'after'): { stopped: Promise<void> } {
  let armed = true;
  let done: () => void;
  const stopped = new Promise<void>((r) => (done = r));
  proxy.rule = (r) => {
    if (!armed || !pick(r)) return undefined;
    armed = false;
    const stop = () => dav.stop().then(() => done());
    return when === 'after' ? { after: stop } : { before: stop };
  };
  return { stopped };
}

async function openLibrary(env: E2eEnv) {
  return libraryPage(env, await env.browser.newPage(env.browser.extensionUrl('library.html')));
}

/** Waits for the Sync section to say the server is out of reach; answers what it says. */
function outOfReach(ui: Ui): Promise<string> {
  return until('the sync to fail in words', async () => {
    const s = await ui.css('.sync-status').text();
    if (!s.includes('Could not reach the server')) throw new Error(`the status reads: ${s}`);
    return s;
  });
}

/** "Sync now", and its good end; on a timeout, what the section said and the server was last asked. */
async function syncNow(ui: Ui, what: string): Promise<void> {
  await ui.click('button', 'Sync now');
  await until(what, async () => {
    const status = await ui.css('.sync-status').text();
    if (/^Last synced .* No changes waiting\.$/.test(status)) return true;
    throw new Error(`the status reads: ${status}; the last requests: ${proxy.seen.slice(-4).map((r) => `${r.method} ${r.path}`).join(', ')}`);
  }, { timeout: 20_000 });
}

/** The library's row of the talk says it holds every note, once (a note merged twice would count twice). */
async function expectEveryNoteOnce(ui: Ui, what: string): Promise<void> {
  const once = new RegExp(`^${TITLE} · (.* · )?${NOTES.toLocaleString('en-US').replace(',', ',?')} notes `);
  await until(what, async () => {
    const rows = await ui.texts('li.talk-row');
    if (rows.some((r) => once.test(r))) return true;
    // On a timeout, say what the library listed instead.
    throw new Error(`the library lists ${JSON.stringify(rows)}`);
  });
}

describe('the server stopped mid-sync', () => {
  it('started again: Sync now sends and reads everything, nothing lost, nothing doubled', async () => {
    proxy.seen.length = 0;
    const url = await newFolder(proxy.url);
    const to = { url, user: dav.user, password: dav.password };
    const host = new URL(proxy.url).host;

    // A restores many notes, then sets up sync: its first upload lands, then the server stops before A hears so.
    const a = await openLibrary(deviceA);
    await pickFile(deviceA.browser, a.page, 'input[type=file]', 'many-notes.json', backup());
    await expectEveryNoteOnce(a.ui, 'the restore on A');
    const cutA = stopServerAt((r) => r.method === 'MOVE' && r.path.includes('/devices/'), 'after');
    await setUpSync(a.ui, to);
    await cutA.stopped;
    const saidA = await outOfReach(a.ui);
    expect(saidA).toMatch(new RegExp(` ${NOTES + 1} changes waiting\\. Could not reach the server ${host} \\(.+\\)\\. Check your connection and the server address; sync will try again\\.$`));

    await dav.start();
    await syncNow(a.ui, 'A to sync after the restart');
    // The upload that landed unheard, and the one sent again after it: the same records twice on the server.
    const uploads = new Set(proxy.seen.filter((r) => r.method === 'MOVE' && r.path.includes('/devices/')).map((r) => r.path));
    expect(uploads.size).toBe(2);

    // B reads A's two files; the server stops after the first reached B, before the second.
    const b = await openLibrary(deviceB);
    let reads = 0;
    const cutB = stopServerAt((r) => r.method === 'GET' && r.path.endsWith('.tn') && ++reads === 2, 'before');
    await setUpSync(b.ui, to);
    await cutB.stopped;
    await outOfReach(b.ui);
    await dav.start();
    proxy.rule = () => undefined;
    await syncNow(b.ui, 'B to sync after the restart');
    await expectEveryNoteOnce(b.ui, "B's library to hold A's notes");

    // And A, having read B's (empty-handed) device, still holds each note once.
    await a.page.bringToFront();
    await syncNow(a.ui, "A to read B's device");
    await expectEveryNoteOnce(a.ui, "A's library after the last sync");
  });
});
