// @vitest-environment node
// The same engine against Apache's mod_dav, whose replies differ from rclone's (namespace
// prefixes, 405 for an existing folder, weak ETags on fresh files, If-Match honoured).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApache } from '../../servers/apache';
import { newFolder, type DavServer } from '../../servers/webdav';
import { makeDevice, noteId } from './devices';

// Real servers and several syncs per test: a loaded machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let server: DavServer;

beforeAll(async () => {
  server = await startApache();
});
afterAll(async () => {
  await server.close();
});

describe('sync through Apache mod_dav', () => {
  it('syncs three devices, encrypted, with edits, deletes and a snapshot', async () => {
    const url = await newFolder(server.url);
    const opts = { passphrase: 'apache passphrase', compactMinBytes: 0 };
    const [a, b, c] = [makeDevice(url, opts), makeDevice(url, opts), makeDevice(url, opts)];
    a.addNote('one', noteId(1));
    a.addNote('two', noteId(2));
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    b.edit(noteId(1), 'one, edited on B');
    b.remove(noteId(2));
    c.addNote('three, from C', noteId(3));
    for (const d of [b, c, a, b, c]) expect((await d.engine.syncOnce()).problems).toEqual([]);
    const expected = { [noteId(1)]: 'one, edited on B', [noteId(3)]: 'three, from C' };
    expect(a.texts()).toEqual(expected);
    expect(b.texts()).toEqual(expected);
    expect(c.texts()).toEqual(expected);
  });
});
