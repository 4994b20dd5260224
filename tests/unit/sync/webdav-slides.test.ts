// @vitest-environment node
// Slides as files through a real WebDAV server (rclone): each image put once under the SHA-256
// of its bytes, fetched by a device whose notes show one it lacks, encrypted with the library,
// and a missing or damaged image said in words while its note is kept.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/utils/model/types';
import { SyncEngine } from '@/utils/sync/engine';
import type { RemoteFiles } from '@/utils/sync/remote';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { auth, newFolder } from '../../servers/webdav';
import { makeDevice, noteId, type Device } from './devices';
import { MemoryState } from './memory-records';
import { useRclone } from './rclone';

const dav = useRclone();

/** A WebP's first bytes, then `fill`: what the engine checks of an image is its kind and hash. */
function webp(fill: number, size = 3000): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set(new TextEncoder().encode('RIFF'), 0);
  bytes.set(new TextEncoder().encode('WEBP'), 8);
  return bytes;
}

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const imageIdOf = (n: number) => `11111111-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A slide note on `d` showing `bytes` as image `n`, as the sidebar's capture writes it. */
function addSlide(d: Device, n: number, bytes: Uint8Array<ArrayBuffer>): Note {
  const base = d.addNote(`slide ${n}`, noteId(100 + n));
  const note: Note = { ...base, slide: { imageId: imageIdOf(n), width: 640, height: 360, type: 'image/webp' } };
  d.records.write('notes', note);
  d.records.images.set(imageIdOf(n), { bytes, deleted: false });
  return note;
}

/** The blobs folder on the server's disk: file name → bytes. */
function blobsOn(url: string): Map<string, Buffer> {
  const dir = join(dav.server.dir, new URL(url).pathname, 'talk-notes', 'blobs');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

/** A device whose puts are listed, to see what each sync uploads. */
function countingDevice(url: string, passphrase?: string): { device: Device; puts: string[] } {
  const device = makeDevice(url, { passphrase });
  const client = new WebDavClient({ url, user: 'talk', password: 'app-password-1' }, { timeoutMs: 10_000 });
  const puts: string[] = [];
  const remote: RemoteFiles = {
    list: (f) => client.list(f),
    get: (p) => client.get(p),
    put: (p, b) => (puts.push(p), client.put(p, b)),
    move: async (from, to, o) => {
      const moved = await client.move(from, to, o);
      if (moved) puts.push(to);
      return moved;
    },
    mkcol: (f) => client.mkcol(f),
    delete: (p) => client.delete(p),
  };
  const engine = new SyncEngine(remote, device.records, new MemoryState(), { passphrase, iterations: 100_000, compactMinBytes: 1 });
  return { device: { ...device, engine }, puts };
}

const blobMoves = (puts: string[]) => puts.filter((p) => p.startsWith('talk-notes/blobs/') && !p.includes('.tmp-'));

describe('slides synced as files', () => {
  it('puts each image once under the SHA-256 of its bytes; the other device fetches the one it lacks', async () => {
    const url = await newFolder(dav.server.url);
    const { device: a, puts: putsA } = countingDevice(url);
    const image = webp(7);
    addSlide(a, 1, image);
    // A second note showing the same bytes (a slide shown twice) shares the one file.
    addSlide(a, 2, image);
    await a.engine.syncOnce();
    expect([...blobsOn(url).keys()]).toEqual([sha(image)]);
    expect(blobsOn(url).get(sha(image))!.equals(Buffer.from(image))).toBe(true);
    expect(blobMoves(putsA)).toEqual([`talk-notes/blobs/${sha(image)}`]);

    const { device: b, puts: putsB } = countingDevice(url);
    const report = await b.engine.syncOnce();
    expect(report.slidesFetched).toBe(2);
    expect(report.problems).toEqual([]);
    expect(Buffer.from(b.records.images.get(imageIdOf(1))!.bytes).equals(Buffer.from(image))).toBe(true);
    expect(Buffer.from(b.records.images.get(imageIdOf(2))!.bytes).equals(Buffer.from(image))).toBe(true);

    // Edits on both (and the snapshots that follow, compactMinBytes 1) send no image again.
    a.edit(noteId(101), 'slide 1, edited on A');
    b.edit(noteId(102), 'slide 2, edited on B');
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();
    expect(blobMoves(putsA)).toHaveLength(1);
    expect(blobMoves(putsB)).toEqual([]);
    expect(a.texts()).toEqual(b.texts());
    expect(b.texts()[noteId(101)]).toBe('slide 1, edited on A');
  });

  it('encrypts the images with the library: the server holds no byte of the picture, the other device gets it whole', async () => {
    const url = await newFolder(dav.server.url);
    const a = makeDevice(url, { passphrase: 'correct horse' });
    const image = webp(9, 5000);
    addSlide(a, 3, image);
    await a.engine.syncOnce();
    const stored = blobsOn(url).get(sha(image))!;
    expect(stored.subarray(0, 4).toString()).toBe('TNE1');
    expect(stored.includes(Buffer.from(image.subarray(16, 64)))).toBe(false);

    const b = makeDevice(url, { passphrase: 'correct horse' });
    expect(await b.engine.syncOnce()).toMatchObject({ slidesFetched: 1, problems: [] });
    expect(Buffer.from(b.records.images.get(imageIdOf(3))!.bytes).equals(Buffer.from(image))).toBe(true);
  });

  it('a damaged image is said and left out, its note kept; a missing one is fetched once it is there', async () => {
    const url = await newFolder(dav.server.url);
    const a = makeDevice(url);
    const [good, bad] = [webp(1), webp(2)];
    addSlide(a, 4, good);
    addSlide(a, 5, bad);
    await a.engine.syncOnce();
    // Through the server (rclone keeps what it listed): one image altered, the other taken away for a while.
    const blob = (b: Uint8Array) => `${url}talk-notes/blobs/${sha(b)}`;
    const send = async (method: string, to: string, body?: Uint8Array<ArrayBuffer>) => {
      const res = await fetch(to, { method, headers: auth(), body });
      await res.body?.cancel();
      expect(res.ok).toBe(true);
    };
    await send('PUT', blob(bad), webp(3));
    await send('DELETE', blob(good));

    const b = makeDevice(url);
    const first = await b.engine.syncOnce();
    expect(first.slidesFetched).toBe(0);
    expect(first.problems.map((p) => [p.kind, p.message])).toEqual([
      ['missing', `A slide's image (talk-notes/blobs/${sha(good)}) is not on the server yet; its note shows without it until it is.`],
      ['damaged', `A slide's image on the server (talk-notes/blobs/${sha(bad)}) is damaged; its note was kept without it.`],
    ]);
    expect(b.texts()).toEqual({ [noteId(104)]: 'slide 4', [noteId(105)]: 'slide 5' });
    expect(b.records.images.size).toBe(0);

    await send('PUT', blob(good), good);
    const second = await b.engine.syncOnce();
    expect({ fetched: second.slidesFetched, problems: second.problems }).toEqual({ fetched: 1, problems: [] });
    expect(Buffer.from(b.records.images.get(imageIdOf(4))!.bytes).equals(Buffer.from(good))).toBe(true);
    expect(b.records.images.has(imageIdOf(5))).toBe(false);
  });
});
