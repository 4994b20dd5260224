// @vitest-environment node
// Two and three simulated devices syncing through real WebDAV servers on loopback: rclone
// (ignores If-Match) and Apache mod_dav (weak ETags on fresh files); the engine relies on neither.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApache } from '../../servers/apache';
import { newFolder, startRclone, type DavServer } from '../../servers/webdav';
import { makeDevice, noteId } from './devices';

// Real servers and several syncs per test: a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

describe.each([
  ['rclone', startRclone],
  ['Apache mod_dav', startApache],
])('sync through WebDAV (%s)', (_name, startServer) => {
  let server: DavServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });
  const library = () => newFolder(server.url);

  it('shows a note added on one device on the others', async () => {
    const url = await library();
    const [a, b, c] = [makeDevice(url), makeDevice(url), makeDevice(url)];
    a.addNote('Diversity is key to innovation.', noteId(1));
    const first = await a.engine.syncOnce();
    expect(first).toMatchObject({ pushed: 2, filesRead: 0, snapshot: true, problems: [] });
    const got = await b.engine.syncOnce();
    expect(got).toMatchObject({ filesRead: 1, merged: 2, problems: [] });
    await c.engine.syncOnce();
    expect(b.texts()).toEqual({ [noteId(1)]: 'Diversity is key to innovation.' });
    expect(c.texts()).toEqual(b.texts());
    // What B merged from the server is not B's to send back.
    expect(await b.records.pendingCount()).toBe(0);
    expect(await a.engine.syncOnce()).toMatchObject({ pushed: 0, bytesSent: 0 });
  });

  it('keeps the edits of both devices, and the later edit of one note on both', async () => {
    const url = await library();
    const [a, b] = [makeDevice(url), makeDevice(url)];
    a.addNote('one', noteId(1));
    a.addNote('two', noteId(2));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    a.edit(noteId(1), 'one, edited on A');
    b.edit(noteId(2), 'two, edited on B');
    b.addNote('three, from B', noteId(3));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    const expected = { [noteId(1)]: 'one, edited on A', [noteId(2)]: 'two, edited on B', [noteId(3)]: 'three, from B' };
    expect(a.texts()).toEqual(expected);
    expect(b.texts()).toEqual(expected);

    a.edit(noteId(3), 'three, first edit (A)');
    await new Promise((r) => setTimeout(r, 5));
    b.edit(noteId(3), 'three, later edit (B)');
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect(a.texts()[noteId(3)]).toBe('three, later edit (B)');
    expect(b.texts()).toEqual(a.texts());
  });

  it('honours a delete on every device, and keeps the tombstone', async () => {
    const url = await library();
    const [a, b] = [makeDevice(url), makeDevice(url)];
    a.addNote('keep', noteId(1));
    a.addNote('drop', noteId(2));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const gone = b.remove(noteId(2));
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect(a.texts()).toEqual({ [noteId(1)]: 'keep' });
    expect(a.records.get('notes', noteId(2))).toEqual(gone);
  });

  it('orders nothing by the device clock: a note from a device hours behind still arrives, and edits merge by their stamps', async () => {
    const url = await library();
    const a = makeDevice(url);
    const late = makeDevice(url, { clockOffsetMs: -5 * 3600_000 });
    const early = makeDevice(url, { clockOffsetMs: +3 * 3600_000 });
    a.addNote('from A', noteId(1));
    await a.engine.syncOnce();
    await late.engine.syncOnce();
    await early.engine.syncOnce();
    // Written after A's last sync, stamped five hours before it.
    late.addNote('from the slow clock', noteId(2));
    early.addNote('from the fast clock', noteId(3));
    await late.engine.syncOnce();
    await early.engine.syncOnce();
    await a.engine.syncOnce();
    await late.engine.syncOnce();
    const expected = { [noteId(1)]: 'from A', [noteId(2)]: 'from the slow clock', [noteId(3)]: 'from the fast clock' };
    expect(a.texts()).toEqual(expected);
    expect(late.texts()).toEqual(expected);
  });

  it('writes each device only new files in its own folder, and leaves no temporary upload behind', async () => {
    const url = await library();
    const [a, b] = [makeDevice(url), makeDevice(url)];
    a.addNote('x', noteId(1));
    await a.engine.syncOnce();
    a.addNote('y', noteId(2));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    const root = join(server.dir, new URL(url).pathname, 'talk-notes');
    const devA = a.state.state!.device;
    const devB = b.state.state!.device;
    expect(readdirSync(root).sort()).toEqual(['devices', 'library.json']);
    expect(readdirSync(join(root, 'devices')).sort()).toEqual([devA, devB].sort());
    expect(readdirSync(join(root, 'devices', devA)).sort()).toEqual(['c-0000000002.tn', 's-0000000001.tn']);
    // B held nothing of its own: it wrote nothing.
    expect(readdirSync(join(root, 'devices', devB))).toEqual([]);
  });
});
