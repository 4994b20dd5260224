// @vitest-environment node
// Faults between the devices and a real WebDAV server (rclone), made by a loopback proxy or
// on the server's disk: nothing is lost locally, nothing is doubled, the error says what to do.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFaultProxy, type FaultProxy, type ProxiedRequest } from '../../servers/fault-proxy';
import { auth, newFolder, startRclone, type DavServer } from '../../servers/webdav';
import { makeDevice, noteId, syncFailure, type Device } from './devices';

// Real servers and several syncs per test: a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let server: DavServer;
let proxy: FaultProxy;

beforeAll(async () => {
  server = await startRclone();
  proxy = await startFaultProxy(server.url);
});
afterEach(async () => {
  proxy.rule = () => undefined;
  await server.start();
});
afterAll(async () => {
  await proxy.close();
  await server.close();
});

/** Devices A and B on a fresh library through the proxy; A has synced note 1 and holds note 2 unsent. */
async function oneSyncedOnePending(): Promise<{ url: string; a: Device; b: Device }> {
  const url = await newFolder(proxy.url);
  const [a, b] = [makeDevice(url), makeDevice(url)];
  a.addNote('one', noteId(1));
  await a.engine.syncOnce();
  a.addNote('two', noteId(2));
  return { url, a, b };
}

/** Syncs `d` while the server stops at the request `stopAt` picks (before or after doing it); the sync fails as offline; the server starts again. */
async function syncThroughStop(d: Device, stopAt: (r: ProxiedRequest) => 'before' | 'after' | undefined): Promise<void> {
  proxy.rule = (r) => {
    const when = stopAt(r);
    if (when === 'before') return { before: () => server.stop() };
    if (when === 'after') return { after: () => server.stop() };
    return undefined;
  };
  expect((await syncFailure(d)).kind).toBe('offline');
  proxy.rule = () => undefined;
  await server.start();
}

const host = () => new URL(server.url).host;
const folderOn = (url: string) => join(server.dir, new URL(url).pathname);

describe('sync faults', () => {
  it('says the user name or app password is wrong on a 401, and keeps the note', async () => {
    const url = await newFolder(server.url);
    const a = makeDevice(url, { password: 'wrong' });
    a.addNote('kept', noteId(1));
    const e = await syncFailure(a);
    expect({ kind: e.kind, status: e.status, message: e.message }).toEqual({
      kind: 'auth',
      status: 401,
      message: `The server ${host()} did not accept the user name and app password. Check them in the sync settings.`,
    });
    expect(await a.records.pendingCount()).toBe(2);
  });

  it('says the server is full on a 507, keeps the changes pending, and sends them once there is room', async () => {
    const { a, b } = await oneSyncedOnePending();
    proxy.rule = (r) => (r.method === 'PUT' ? { status: 507 } : undefined);
    const e = await syncFailure(a);
    expect(e.kind).toBe('full');
    expect(e.message).toBe(
      `The server ${new URL(proxy.url).host} is out of space, so nothing more can be synced. Free space on the server or raise your quota; your notes stay safe in this browser.`,
    );
    expect(await a.records.pendingCount()).toBe(1);
    proxy.rule = () => undefined;
    expect(await a.engine.syncOnce()).toMatchObject({ pushed: 1 });
    await b.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two' });
  });

  it('says access was refused on a 403', async () => {
    const url = await newFolder(proxy.url);
    const a = makeDevice(url);
    proxy.rule = (r) => (r.method === 'MKCOL' ? { status: 403 } : undefined);
    const e = await syncFailure(a);
    expect({ kind: e.kind, message: e.message }).toEqual({
      kind: 'forbidden',
      message: `The server ${new URL(proxy.url).host} refused access (making the folder talk-notes/). Check that the account may write to this folder, or choose another folder.`,
    });
  });

  it('says the server cannot be reached when it is down', async () => {
    const url = await newFolder(server.url);
    const a = makeDevice(url);
    a.addNote('kept', noteId(1));
    await server.stop();
    const e = await syncFailure(a);
    expect(e.kind).toBe('offline');
    expect(e.message).toBe(
      `Could not reach the server ${host()} (making the folder talk-notes/). Check your connection and the server address; sync will try again.`,
    );
    expect(await a.records.pendingCount()).toBe(2);
  });

  it('loses and doubles nothing when the server stops before an upload is renamed into place', async () => {
    const { url, a, b } = await oneSyncedOnePending();
    await syncThroughStop(a, (r) => (r.method === 'MOVE' ? 'before' : undefined));
    const own = join(folderOn(url), 'talk-notes', 'devices', a.state.state!.device);
    expect(readdirSync(own).filter((n) => n.startsWith('.tmp-'))).toHaveLength(1);
    expect(await a.engine.syncOnce()).toMatchObject({ pushed: 1 });
    // The cut upload is cleaned up; the change went up once, as the next file.
    expect(readdirSync(own).sort()).toEqual(['c-0000000002.tn', 's-0000000001.tn']);
    await b.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two' });
  });

  it('loses and doubles nothing when the server stops after a rename, before it answers', async () => {
    const { url, a, b } = await oneSyncedOnePending();
    await syncThroughStop(a, (r) => (r.method === 'MOVE' ? 'after' : undefined));
    a.addNote('three', noteId(3));
    // The device never heard that file 2 arrived: it finds it there and writes the next one.
    await a.engine.syncOnce();
    const own = join(folderOn(url), 'talk-notes', 'devices', a.state.state!.device);
    expect(readdirSync(own).sort()).toEqual(['c-0000000002.tn', 'c-0000000003.tn', 's-0000000001.tn']);
    expect(await a.records.pendingCount()).toBe(0);
    const got = await b.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two', [noteId(3)]: 'three' });
    expect(got.filesRead).toBe(3);
  });

  it('resumes reading where it stopped when the server stops mid-read', async () => {
    const url = await newFolder(proxy.url);
    const [a, b] = [makeDevice(url), makeDevice(url)];
    for (let i = 1; i <= 3; i++) {
      a.addNote(`note ${i}`, noteId(i));
      await a.engine.syncOnce();
    }
    await syncThroughStop(b, (r) => (r.method === 'GET' && r.path.endsWith('c-0000000003.tn') ? 'before' : undefined));
    expect(Object.keys(b.texts())).toHaveLength(2);
    const got = await b.engine.syncOnce();
    expect(got.filesRead).toBe(1);
    expect(b.texts()).toEqual({ [noteId(1)]: 'note 1', [noteId(2)]: 'note 2', [noteId(3)]: 'note 3' });
  });

  it('reads a reply cut short as a cut connection, and reads the file whole next time', async () => {
    const url = await newFolder(proxy.url);
    const [a, b] = [makeDevice(url), makeDevice(url)];
    a.addNote('one', noteId(1));
    await a.engine.syncOnce();
    proxy.rule = (r) => (r.method === 'GET' && r.path.endsWith('.tn') ? { truncateTo: 100 } : undefined);
    expect((await syncFailure(b)).kind).toBe('offline');
    proxy.rule = () => undefined;
    await b.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'one' });
  });

  it('skips a half-written file on the server with a message, syncs the rest, and heals when its device syncs again', async () => {
    const url = await newFolder(server.url);
    const [a, b, c] = [makeDevice(url), makeDevice(url), makeDevice(url)];
    a.addNote('one', noteId(1));
    await a.engine.syncOnce();
    a.addNote('two', noteId(2));
    await a.engine.syncOnce();
    c.addNote('from C', noteId(3));
    await c.engine.syncOnce();
    const devA = a.state.state!.device;
    // Written over by half of itself, as a server that keeps a cut upload would leave it.
    const file = `${url}talk-notes/devices/${devA}/c-0000000002.tn`;
    const whole = new Uint8Array(await (await fetch(file, { headers: auth() })).arrayBuffer());
    const put = await fetch(file, { method: 'PUT', headers: auth(), body: whole.slice(0, whole.length >> 1) });
    expect(put.status).toBe(201);

    const got = await b.engine.syncOnce();
    expect(got.problems.map((p) => p.message)).toEqual([
      `The file talk-notes/devices/${devA}/c-0000000002.tn on the server is incomplete or damaged (it is cut short). What it holds arrives once the device that wrote it syncs again.`,
    ]);
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(3)]: 'from C' });
    // Not fetched again while it stays as it is.
    const again = await b.engine.syncOnce();
    expect(again.problems.map((p) => p.kind)).toEqual(['damaged']);
    expect(again.filesRead).toBe(0);

    // A sees its file is not as it wrote it, and writes everything again as a snapshot.
    expect(await a.engine.syncOnce()).toMatchObject({ snapshot: true });
    const healed = await b.engine.syncOnce();
    expect(healed.problems).toEqual([]);
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two', [noteId(3)]: 'from C' });
  });

  it('says so when the folder in the settings does not exist', async () => {
    const e = await syncFailure(makeDevice(`${server.url}no-such-folder/`));
    expect({ kind: e.kind, message: e.message }).toEqual({
      kind: 'missing',
      message: 'The folder in the sync settings does not exist on the server. Create it there, or correct the address.',
    });
  });

  it('reads the new snapshot when the files it listed are compacted away while it reads', async () => {
    const url = await newFolder(server.url);
    const a = makeDevice(url, { compactMinBytes: 0 });
    const b = makeDevice(`${proxy.url}${new URL(url).pathname.slice(1)}`);
    a.addNote('one', noteId(1));
    await a.engine.syncOnce();
    a.addNote('two', noteId(2));
    expect(await a.engine.syncOnce()).toMatchObject({ snapshot: false });
    // While B fetches A's first snapshot, A writes a change larger than it, so a new snapshot replaces both files.
    proxy.rule = (r) =>
      r.method === 'GET' && r.path.endsWith('s-0000000001.tn')
        ? {
            before: async () => {
              a.addNote('three '.repeat(1000), noteId(3));
              expect(await a.engine.syncOnce()).toMatchObject({ snapshot: true });
            },
          }
        : undefined;
    proxy.seen.length = 0;
    const got = await b.engine.syncOnce();
    expect({ filesRead: got.filesRead, problems: got.problems }).toEqual({ filesRead: 1, problems: [] });
    const fetched = proxy.seen.filter((r) => r.method === 'GET' && r.path.endsWith('.tn')).map((r) => r.path.split('/').pop());
    expect(fetched).toEqual(['s-0000000001.tn', 's-0000000003.tn']);
    expect(b.texts()).toEqual(a.texts());
    expect(Object.keys(b.texts())).toHaveLength(3);
  });

  it('writes everything again when its files, or the whole library, were deleted on the server', async () => {
    const url = await newFolder(server.url);
    const [a, b] = [makeDevice(url), makeDevice(url)];
    a.addNote('one', noteId(1));
    await a.engine.syncOnce();
    a.addNote('two', noteId(2));
    await a.engine.syncOnce();
    b.addNote('from B', noteId(3));
    await b.engine.syncOnce();
    const del = (path: string) => fetch(`${url}${path}`, { method: 'DELETE', headers: auth() }).then((r) => r.status);
    expect(await del(`talk-notes/devices/${a.state.state!.device}/`)).toBe(204);
    // Its talk and two notes, written before it reads the others.
    expect(await a.engine.syncOnce()).toMatchObject({ snapshot: true, pushed: 3 });
    const all = { [noteId(1)]: 'one', [noteId(2)]: 'two', [noteId(3)]: 'from B' };
    const fresh = makeDevice(url);
    await fresh.engine.syncOnce();
    expect(fresh.texts()).toEqual(all);

    expect(await del('talk-notes/')).toBe(204);
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    const after = makeDevice(url);
    await after.engine.syncOnce();
    expect(after.texts()).toEqual(all);
  });

  it('passes over a file name of its own that the server’s listing does not show yet', async () => {
    const { url, a, b } = await oneSyncedOnePending();
    const own = `talk-notes/devices/${a.state.state!.device}/`;
    // File 2 is there (a sync cut before it saved its count), but the listing lags behind.
    await a.engine.syncOnce();
    a.addNote('three', noteId(3));
    const st = a.state.state!;
    a.state.state = { ...st, ownSeq: 1, ownFiles: { 's-0000000001.tn': st.ownFiles['s-0000000001.tn']! }, sinceSnapshot: 0 };
    const hideFile2 = (xml: string) => xml.replace(/<D:response>(?:(?!<\/D:response>).)*c-0000000002\.tn.*?<\/D:response>/s, '');
    proxy.rule = (r) => (r.method === 'PROPFIND' && r.path.endsWith(own) ? { edit: hideFile2 } : undefined);
    proxy.seen.length = 0;
    expect(await a.engine.syncOnce()).toMatchObject({ pushed: 1 });
    proxy.rule = () => undefined;
    const moves = proxy.seen.filter((r) => r.method === 'MOVE').length;
    expect(moves).toBe(2);
    expect(readdirSync(join(folderOn(url), own)).sort()).toEqual(['c-0000000002.tn', 'c-0000000003.tn', 's-0000000001.tn']);
    await b.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two', [noteId(3)]: 'three' });
  });
});
