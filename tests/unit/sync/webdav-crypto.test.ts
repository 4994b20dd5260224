// @vitest-environment node
// End-to-end encryption through a real WebDAV server (rclone): the server holds nothing readable.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auth, newFolder} from '../../servers/webdav';
import { useRclone } from './rclone';
import { makeDevice, noteId, syncFailure, type Device } from './devices';

const dav = useRclone();

async function failure(d: Device): Promise<{ kind: string; message: string }> {
  const e = await syncFailure(d);
  return { kind: e.kind, message: e.message };
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesBelow(join(dir, n)) : [join(dir, n)]));
}

const PASSPHRASE = 'correct horse battery staple';

describe('encrypted sync', () => {
  it('syncs between devices with the passphrase, and leaves no note, title or id readable on the server', async () => {
    const url = await newFolder(dav.server.url);
    const [a, b] = [makeDevice(url, { passphrase: PASSPHRASE }), makeDevice(url, { passphrase: PASSPHRASE })];
    a.addNote('Diversity is key to innovation.', noteId(1));
    await a.engine.syncOnce();
    b.addNote('Conference speakers are professional enthusiasts', noteId(2));
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    const both = { [noteId(1)]: 'Diversity is key to innovation.', [noteId(2)]: 'Conference speakers are professional enthusiasts' };
    expect(a.texts()).toEqual(both);
    expect(b.texts()).toEqual(both);

    const root = join(dav.server.dir, new URL(url).pathname);
    const files = filesBelow(root);
    const [devA, devB] = [a.state.state!.device, b.state.state!.device];
    expect(files.map((f) => f.slice(root.length)).sort()).toEqual(
      ['talk-notes/library.json', `talk-notes/devices/${devA}/s-0000000001.tn`, `talk-notes/devices/${devB}/s-0000000001.tn`].sort(),
    );
    for (const f of files) {
      const text = readFileSync(f).toString('latin1');
      for (const secret of ['Diversity', 'enthusiasts', 'Containers', 'Anne', 'dQw4w9WgXcQ', noteId(1)]) expect(text).not.toContain(secret);
    }
    const manifest = JSON.parse(readFileSync(files.find((f) => f.endsWith('library.json'))!, 'utf8'));
    expect(Object.keys(manifest.encryption).sort()).toEqual(['check', 'cipher', 'iterations', 'kdf', 'salt']);
    expect(manifest.encryption).toMatchObject({ cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', iterations: 100_000 });
  });

  it('says the passphrase is wrong, missing, or not wanted, and changes nothing locally', async () => {
    const url = await newFolder(dav.server.url);
    const a = makeDevice(url, { passphrase: PASSPHRASE });
    a.addNote('secret', noteId(1));
    await a.engine.syncOnce();
    const wrong = makeDevice(url, { passphrase: 'Correct horse battery staple' });
    wrong.addNote('mine', noteId(2));
    expect(await failure(wrong)).toEqual({
      kind: 'passphrase',
      message: 'The passphrase does not open the library on the server. Enter the passphrase you chose when you first set up sync.',
    });
    expect(wrong.texts()).toEqual({ [noteId(2)]: 'mine' });
    expect(await wrong.records.pendingCount()).toBe(2);
    expect(await failure(makeDevice(url))).toEqual({
      kind: 'passphrase',
      message: 'The library in this folder on the server is encrypted. Enter its passphrase in the sync settings.',
    });

    const plainUrl = await newFolder(dav.server.url);
    await makeDevice(plainUrl).engine.syncOnce();
    expect(await failure(makeDevice(plainUrl, { passphrase: PASSPHRASE }))).toEqual({
      kind: 'passphrase',
      message:
        'The library in this folder on the server is not encrypted. Remove the passphrase from the sync settings, or choose another folder for an encrypted library.',
    });
  });

  it('refuses a file the server passes off under another name', async () => {
    const url = await newFolder(dav.server.url);
    const [a, b] = [makeDevice(url, { passphrase: PASSPHRASE }), makeDevice(url, { passphrase: PASSPHRASE })];
    a.addNote('one', noteId(1));
    await a.engine.syncOnce();
    a.addNote('two', noteId(2));
    await a.engine.syncOnce();
    const dev = `${url}talk-notes/devices/${a.state.state!.device}/`;
    const second = await (await fetch(`${dev}c-0000000002.tn`, { headers: auth() })).arrayBuffer();
    expect((await fetch(`${dev}c-0000000003.tn`, { method: 'PUT', headers: auth(), body: second })).status).toBe(201);
    const got = await b.engine.syncOnce();
    expect(got.problems.map((p) => p.message)).toEqual([
      `The file talk-notes/devices/${a.state.state!.device}/c-0000000003.tn on the server is incomplete or damaged (it cannot be decrypted: it is cut short or was altered). What it holds arrives once the device that wrote it syncs again.`,
    ]);
    expect(b.texts()).toEqual({ [noteId(1)]: 'one', [noteId(2)]: 'two' });
  });
});
