/**
 * The text of the files on the server, before encryption. Pure.
 *
 * manifest (library.json, never encrypted: it holds what is needed to derive the key):
 *   { "format": "talk-notes-sync-library", "version": 1, "library": "<id>",
 *     "encryption": null | { "cipher": "AES-GCM-256", "kdf": "PBKDF2-SHA-256",
 *                            "iterations": n, "salt": "<base64>", "check": "<base64>" } }
 * change file and snapshot (gzipped, then encrypted when the library is): one header line,
 * then the records in the backup file's format
 *   {"format":"talk-notes-sync","version":1,"kind":"changes","device":"…","seq":7,"cursors":{"…":3},
 *    "blobs":{"<image id>":"<sha-256 hex>"}}   (blobs: only when the file holds live slide notes)
 *   { "format": "talk-notes-backup", … }
 * Everything read from the server is untrusted: records go through the backup parser.
 */
import type { Dataset } from '@/utils/model/dataset';
import { BackupError, parseBackup, serializeBackup } from '@/utils/formats/backup';
import { SyncError } from '@/utils/sync/errors';
import { imageId } from '@/utils/model/fields';
import { BLOB_NAME, isDeviceId, type Cursors, type FileKind } from '@/utils/sync/layout';

const MANIFEST_FORMAT = 'talk-notes-sync-library';
const FILE_FORMAT = 'talk-notes-sync';
const VERSION = 1;
/** A snapshot of a large library; the backup's own 50 MB limit is for files a person picks. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** The records' own dates say when; this keeps a file's bytes independent of the clock. */
const NO_DATE = new Date(0);

export interface Encryption {
  iterations: number;
  /** base64 */
  salt: string;
  /** A known text encrypted under the key: tells a wrong passphrase from a damaged file. */
  check: string;
}

export interface Manifest {
  library: string;
  encryption: Encryption | null;
}

export interface FileHeader {
  kind: FileKind;
  device: string;
  seq: number;
  /** For a snapshot: the seq of each other device it had merged. */
  cursors: Cursors;
  /** The blob of each live slide note's image in the file, by image id (slides.ts); absent when none. */
  blobs?: Record<string, string>;
}

export function serializeManifest(m: Manifest): string {
  const encryption = m.encryption && { cipher: 'AES-GCM-256', kdf: 'PBKDF2-SHA-256', ...m.encryption };
  return `${JSON.stringify({ format: MANIFEST_FORMAT, version: VERSION, library: m.library, encryption }, null, 2)}\n`;
}

export function parseManifest(text: string): Manifest {
  const doc = parseJsonObject(text);
  if (doc === null || doc.format !== MANIFEST_FORMAT) {
    throw new SyncError(
      'incompatible',
      'The folder on the server holds a talk-notes/library.json that Talk Notes did not write. Choose another folder.',
    );
  }
  checkVersion(doc.version);
  if (typeof doc.library !== 'string' || !isDeviceId(doc.library)) throw damagedManifest();
  const e = doc.encryption;
  if (e === null || e === undefined) return { library: doc.library, encryption: null };
  if (typeof e !== 'object' || Array.isArray(e)) throw damagedManifest();
  const { iterations, salt, check, cipher, kdf } = e as Record<string, unknown>;
  if (cipher !== 'AES-GCM-256' || kdf !== 'PBKDF2-SHA-256') {
    throw new SyncError('incompatible', 'The library on the server is encrypted in a way this version of Talk Notes does not know. Update the extension.');
  }
  if (!Number.isSafeInteger(iterations) || typeof salt !== 'string' || typeof check !== 'string') throw damagedManifest();
  return { library: doc.library, encryption: { iterations: iterations as number, salt, check } };
}

export function encodeSyncFile(header: FileHeader, data: Dataset): string {
  const head = { format: FILE_FORMAT, version: VERSION, ...header };
  return `${JSON.stringify(head)}\n${serializeBackup(data, NO_DATE)}`;
}

/** The header and records of a file found at `expected`'s place; a SyncError ('damaged') when it is not whole. */
export function decodeSyncFile(text: string, expected: Omit<FileHeader, 'cursors'>, where: string): { header: FileHeader; data: Dataset } {
  const cut = text.indexOf('\n');
  const head = parseJsonObject(cut < 0 ? text : text.slice(0, cut));
  if (head === null || head.format !== FILE_FORMAT) throw damagedFile(where, 'it has no Talk Notes header');
  checkVersion(head.version);
  if (head.kind !== expected.kind || head.device !== expected.device || head.seq !== expected.seq) {
    throw damagedFile(where, 'its header does not match its name');
  }
  const cursors = readCursors(head.cursors);
  const blobs = readBlobs(head.blobs);
  if (cursors === null || blobs === null) throw damagedFile(where, 'its header is damaged');
  try {
    const data = parseBackup(text.slice(cut + 1), { maxBytes: MAX_FILE_BYTES });
    return { header: { ...expected, cursors, ...(blobs === undefined ? {} : { blobs }) }, data };
  } catch (e) {
    if (e instanceof BackupError) {
      throw damagedFile(where, e.path === undefined ? 'it is cut short, or not what Talk Notes writes' : `at ${e.path}`, e);
    }
    throw e;
  }
}

function readCursors(x: unknown): Cursors | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const out: Cursors = {};
  for (const [device, seq] of Object.entries(x)) {
    if (!isDeviceId(device) || !Number.isSafeInteger(seq) || (seq as number) < 0) return null;
    out[device] = seq as number;
  }
  return out;
}

/** Image ids and their blobs' names; undefined when the header has none (older files, no slides), null when damaged. */
function readBlobs(x: unknown): Record<string, string> | undefined | null {
  if (x === undefined) return undefined;
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const out: Record<string, string> = {};
  for (const [id, name] of Object.entries(x)) {
    if (!isImageId(id) || typeof name !== 'string' || !BLOB_NAME.test(name)) return null;
    out[id] = name;
  }
  return out;
}

function isImageId(x: string): boolean {
  try {
    imageId(x, '');
    return true;
  } catch {
    return false;
  }
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function checkVersion(v: unknown): void {
  if (v !== VERSION) {
    throw new SyncError(
      'incompatible',
      typeof v === 'number' && v > VERSION
        ? 'The library on the server was written by a newer version of Talk Notes. Update the extension to sync.'
        : 'The library on the server has an unknown format version, so it cannot be synced.',
    );
  }
}

function damagedManifest(): SyncError {
  return new SyncError('damaged', 'The file talk-notes/library.json on the server is damaged, so the library cannot be opened.');
}

export function damagedFile(where: string, why: string, cause?: unknown): SyncError {
  return new SyncError(
    'damaged',
    `The file ${where} on the server is incomplete or damaged (${why}). What it holds arrives once the device that wrote it syncs again.`,
    undefined,
    { cause },
  );
}
