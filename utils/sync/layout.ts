/**
 * Where things live on the server, and what the file names say. Pure.
 *
 *   talk-notes/                       the extension's own folder, inside the one the person chose
 *     library.json                    the manifest: library id, encryption parameters (never a secret)
 *     devices/<device>/c-<seq>.tn     a change file: records this device changed since its previous file
 *     devices/<device>/s-<seq>.tn     a snapshot: every record the device held after writing seq
 *     devices/<device>/.tmp-<random>  an upload in progress (PUT here, then MOVE to its name)
 *     blobs/<sha-256 hex>             a slide's image: content-addressed, written once by anyone, never rewritten
 *
 * Each device writes only in its own folder, only new names (seq counts up, one per file);
 * nothing is ever rewritten in place, so no conditional request is needed for safety. A
 * reader keeps, per other device, the last seq it merged (its cursor).
 */

export const ROOT = 'talk-notes/';
export const MANIFEST = `${ROOT}library.json`;
export const DEVICES = `${ROOT}devices/`;
export const BLOBS = `${ROOT}blobs/`;
/** A slide's file name under BLOBS: the SHA-256 of its bytes, lowercase hex. */
export const BLOB_NAME = /^[0-9a-f]{64}$/;

export type FileKind = 'changes' | 'snapshot';

export interface SyncFile {
  kind: FileKind;
  seq: number;
  /** Bytes as listed by the server; unknown counts as large. */
  size?: number;
}

const DEVICE_ID = /^[a-z0-9]{8,40}$/;
const FILE_NAME = /^([cs])-(\d{10})\.tn$/;
const PREFIX: Record<FileKind, string> = { changes: 'c', snapshot: 's' };

export function isDeviceId(text: string): boolean {
  return DEVICE_ID.test(text);
}

export function deviceFolder(device: string): string {
  return `${DEVICES}${device}/`;
}

export function fileName(kind: FileKind, seq: number): string {
  return `${PREFIX[kind]}-${String(seq).padStart(10, '0')}.tn`;
}

export function filePath(device: string, kind: FileKind, seq: number): string {
  return `${deviceFolder(device)}${fileName(kind, seq)}`;
}

/** A sync file's kind and seq from its name; null for anything else (temporary uploads, strangers). */
export function parseFileName(name: string): { kind: FileKind; seq: number } | null {
  const m = FILE_NAME.exec(name);
  if (m === null) return null;
  const seq = Number(m[2]);
  if (seq < 1) return null;
  return { kind: m[1] === 'c' ? 'changes' : 'snapshot', seq };
}

export function isTempName(name: string): boolean {
  return name.startsWith('.tmp-');
}

/** The seq the device last merged of each other device. */
export type Cursors = Record<string, number>;

/** `a` raised to `b` wherever `b` is ahead: what holds after merging data that covers `b`. */
export function raiseCursors(a: Cursors, b: Cursors): Cursors {
  const out: Cursors = { ...a };
  for (const [device, seq] of Object.entries(b)) if (seq > (out[device] ?? 0)) out[device] = seq;
  return out;
}

/**
 * Which files of one device to read, in order, to get from `cursor` to its newest file: its
 * change files after the cursor, or a snapshot and the change files after it, whichever is
 * fewer bytes. A snapshot at seq s holds all the device's own changes up to s. Null when no
 * unbroken chain exists (a file missing or known damaged): the device must write a snapshot.
 */
export function planReads(files: readonly SyncFile[], cursor: number, skip: (f: SyncFile) => boolean = () => false): SyncFile[] | null {
  const usable = files.filter((f) => !skip(f));
  const changes = new Map(usable.filter((f) => f.kind === 'changes').map((f) => [f.seq, f]));
  const newest = Math.max(cursor, ...files.map((f) => f.seq));
  if (newest === cursor) return [];
  const chainAfter = (from: number): SyncFile[] | null => {
    const out: SyncFile[] = [];
    for (let seq = from + 1; seq <= newest; seq++) {
      const f = changes.get(seq);
      if (f === undefined) return null;
      out.push(f);
    }
    return out;
  };
  const options: SyncFile[][] = [];
  const direct = chainAfter(cursor);
  if (direct !== null) options.push(direct);
  for (const s of usable) {
    if (s.kind !== 'snapshot' || s.seq <= cursor) continue;
    const rest = chainAfter(s.seq);
    if (rest !== null) options.push([s, ...rest]);
  }
  if (options.length === 0) return null;
  return options.reduce((best, o) => (bytes(o) < bytes(best) ? o : best));
}

function bytes(files: readonly SyncFile[]): number {
  return files.reduce((sum, f) => sum + (f.size ?? Number.MAX_SAFE_INTEGER / 1024), 0);
}
