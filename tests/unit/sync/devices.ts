/** Simulated devices for the sync tests: each its own records, sync state, clock and engine. */
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Note, Talk } from '@/utils/model/types';
import { SyncEngine } from '@/utils/sync/engine';
import { SyncError } from '@/utils/sync/errors';
import { WebDavClient } from '@/utils/sync/webdav-client';
import { MemoryRecords, MemoryState } from './memory-records';

export const TALK_ID = 'youtube:dQw4w9WgXcQ' as TalkId;

export interface DeviceOptions {
  user?: string;
  password?: string;
  passphrase?: string;
  /** How wrong this device's clock is. */
  clockOffsetMs?: number;
  compactMinBytes?: number;
}

export interface Device {
  records: MemoryRecords;
  state: MemoryState;
  engine: SyncEngine;
  now(): number;
  addNote(text: string, id?: string): Note;
  edit(id: string, text: string): Note;
  remove(id: string): Note;
  /** Live notes' texts by id, sorted by id. */
  texts(): Record<string, string>;
}

let counter = 0;

export function noteId(n: number): NoteId {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` as NoteId;
}

export function makeDevice(url: string, opts: DeviceOptions = {}): Device {
  const records = new MemoryRecords();
  const state = new MemoryState();
  const client = new WebDavClient({ url, user: opts.user ?? 'talk', password: opts.password ?? 'app-password-1' }, { timeoutMs: 10_000 });
  const engine = new SyncEngine(client, records, state, {
    passphrase: opts.passphrase,
    iterations: 100_000,
    compactMinBytes: opts.compactMinBytes,
  });
  const now = () => Date.now() + (opts.clockOffsetMs ?? 0);
  const dev: Device = {
    records,
    state,
    engine,
    now,
    addNote(text, id = noteId(++counter)) {
      if (records.get('talks', TALK_ID) === undefined) records.write('talks', talk(now()));
      const t = now();
      const n: Note = { id: id as NoteId, talkId: TALK_ID, at: 42, kind: 'note', text, createdAt: t, updatedAt: t };
      records.write('notes', n);
      return n;
    },
    edit(id, text) {
      const had = records.get('notes', id)!;
      const n: Note = { ...had, text, updatedAt: Math.max(now(), had.updatedAt + 1) };
      records.write('notes', n);
      return n;
    },
    remove(id) {
      const had = records.get('notes', id)!;
      const n: Note = { ...had, deletedAt: Math.max(now(), had.updatedAt + 1) };
      records.write('notes', n);
      return n;
    },
    texts() {
      const out: Record<string, string> = {};
      const live = [...records.byKind.get('notes')!.values()] as Note[];
      for (const n of live.filter((x) => x.deletedAt === undefined).sort((a, b) => (a.id < b.id ? -1 : 1))) out[n.id] = n.text;
      return out;
    },
  };
  return dev;
}

function talk(t: number): Talk {
  return {
    id: TALK_ID,
    platform: 'youtube',
    videoId: 'dQw4w9WgXcQ',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    title: 'When Containers Attack',
    speakers: [{ name: 'Anne Currie' }],
    links: [],
    createdAt: t,
    updatedAt: t,
  };
}

/** The SyncError a sync of `d` fails with; throws when it does not fail so. */
export async function syncFailure(d: Device): Promise<SyncError> {
  const e = await d.engine.syncOnce().then(
    () => null,
    (x: unknown) => x,
  );
  if (!(e instanceof SyncError)) throw new Error(`expected the sync to fail with a SyncError, got ${String(e)}`);
  return e;
}
