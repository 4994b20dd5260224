// @vitest-environment node
// Snapshots and what each sync sends, against a real WebDAV server (rclone).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newFolder} from '../../servers/webdav';
import { useRclone } from './rclone';
import { makeDevice, noteId, type Device } from './devices';

const dav = useRclone();

function addNotes(d: Device, from: number, count: number): void {
  for (let i = from; i < from + count; i++) d.addNote(`Note number ${i}: what the speaker said about scaling teams.`, noteId(i));
}

describe('snapshots', () => {
  it('sends only the changes after the first sync, however large the library', async () => {
    const url = await newFolder(dav.server.url);
    const a = makeDevice(url);
    addNotes(a, 1, 2000);
    const first = await a.engine.syncOnce();
    expect(first.snapshot).toBe(true);
    expect(first.bytesSent).toBeGreaterThan(10_000);
    a.addNote('one more', noteId(5000));
    const next = await a.engine.syncOnce();
    expect({ pushed: next.pushed, snapshot: next.snapshot }).toEqual({ pushed: 1, snapshot: false });
    expect(next.bytesSent).toBeLessThan(1000);
  });

  it('writes a snapshot once the changes outweigh the last one, deletes what it replaces, and a new device reads just it', async () => {
    const url = await newFolder(dav.server.url);
    const a = makeDevice(url, { compactMinBytes: 0 });
    const b = makeDevice(url);
    addNotes(a, 1, 20);
    const first = await a.engine.syncOnce();
    await b.engine.syncOnce();
    let changesBefore = 0;
    let syncs = 0;
    for (let n = 100; ; n++) {
      a.addNote(`change ${n}`, noteId(n));
      const r = await a.engine.syncOnce();
      syncs++;
      if (r.snapshot) {
        // The snapshot came with the change file that made the changes outweigh the last snapshot: not sooner, not later.
        const lastChange = r.bytesSent - a.state.state!.snapshotBytes;
        expect(changesBefore).toBeLessThanOrEqual(first.bytesSent);
        expect(changesBefore + lastChange).toBeGreaterThan(first.bytesSent);
        break;
      }
      changesBefore += r.bytesSent;
      expect(syncs).toBeLessThan(50);
    }
    const own = join(dav.server.dir, new URL(url).pathname, 'talk-notes', 'devices', a.state.state!.device);
    const seq = String(a.state.state!.ownSeq).padStart(10, '0');
    expect(readdirSync(own)).toEqual([`s-${seq}.tn`]);

    const fresh = makeDevice(url);
    expect(await fresh.engine.syncOnce()).toMatchObject({ filesRead: 1, problems: [] });
    expect(fresh.texts()).toEqual(a.texts());
    // B, which had read the first snapshot, reads the new one: its change files are gone.
    expect(await b.engine.syncOnce()).toMatchObject({ filesRead: 1, problems: [] });
    expect(b.texts()).toEqual(a.texts());
    expect(Object.keys(b.texts())).toHaveLength(20 + syncs);
  });
});
