// @vitest-environment node
// Any interleaving of edits and syncs on three devices (clocks hours apart, snapshots as
// often as possible) ends, once every device has synced twice more, with every device
// holding exactly the merge of every version any device wrote: nothing lost, deletes kept,
// the same whatever the order or repetition. Against a real WebDAV server (rclone).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/utils/model/dataset';
import { mergeRecord } from '@/utils/store/merge';
import { newFolder} from '../../servers/webdav';
import { useRclone } from './rclone';
import { makeDevice, noteId, type Device } from './devices';

const dav = useRclone();

type Step =
  | { dev: number; op: 'add' | 'edit' | 'remove'; note: number; text: string }
  | { dev: number; op: 'sync' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    dev: fc.integer({ min: 0, max: 2 }),
    op: fc.constantFrom('add' as const, 'edit' as const, 'remove' as const),
    note: fc.integer({ min: 1, max: 4 }),
    text: fc.constantFrom('a', 'b', 'Æ “q”', 'multi\nline'),
  }),
  fc.record({ dev: fc.integer({ min: 0, max: 2 }), op: fc.constant('sync' as const) }),
);

const CLOCKS = [0, -3 * 3600_000, 2 * 3600_000];
type Written = { [K in keyof Dataset]: Map<string, Dataset[K][number]> };

/** Every version each device writes is folded into `written` by the records' own merge. */
function recordingDevice(url: string, clockOffsetMs: number, written: Written): Device {
  const d = makeDevice(url, { clockOffsetMs, compactMinBytes: 0 });
  const write = d.records.write.bind(d.records);
  d.records.write = (kind, record) => {
    const map = written[kind] as Map<string, typeof record>;
    const had = map.get(record.id);
    map.set(record.id, had === undefined ? record : mergeRecord(had, record));
    write(kind, record);
  };
  return d;
}

function apply(d: Device, s: Step): Promise<unknown> | void {
  if (s.op === 'sync') return d.engine.syncOnce();
  const id = noteId(s.note);
  const had = d.records.get('notes', id);
  // A note id is random: a write to one this device holds is an edit, stamped after it.
  if (had === undefined) d.addNote(s.text, id);
  else if (s.op !== 'remove') d.edit(id, s.text);
  else d.remove(id);
}

const sorted = <T extends { id: string }>(xs: Iterable<T>) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('sync, any order and repetition', () => {
  it('converges every device to the merge of all writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        const url = await newFolder(dav.server.url);
        const written: Written = { talks: new Map(), notes: new Map(), conferences: new Map(), marks: new Map() };
        const devices = CLOCKS.map((offset) => recordingDevice(url, offset, written));
        for (const s of steps) await apply(devices[s.dev]!, s);
        for (let round = 0; round < 2; round++) for (const d of devices) await d.engine.syncOnce();
        for (const d of devices) {
          const all = await d.records.all();
          expect(sorted(all.notes)).toEqual(sorted(written.notes.values()));
          expect(sorted(all.talks)).toEqual(sorted(written.talks.values()));
          expect(await d.records.pendingCount()).toBe(0);
        }
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
