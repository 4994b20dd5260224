/**
 * Opens the library on the server, making it on first use: its folders and its manifest,
 * which fixes for good whether the files are encrypted and with which salt. Every device
 * then derives the same key from the same passphrase.
 */
import { DEFAULT_ITERATIONS, decrypt, deriveKey, encrypt, fromBase64, MAX_ITERATIONS, MIN_ITERATIONS, randomBytes, toBase64 } from '@/utils/sync/crypto';
import { parseManifest, serializeManifest, type Manifest } from '@/utils/sync/codec';
import { SyncError } from '@/utils/sync/errors';
import { deviceFolder, DEVICES, MANIFEST, ROOT } from '@/utils/sync/layout';
import type { RemoteFiles } from '@/utils/sync/remote';

export interface OpenLibrary {
  manifest: Manifest;
  /** Null when the library is not encrypted. */
  key: CryptoKey | null;
}

export interface LibraryOptions {
  /** Empty or absent: no encryption. Only a new library takes it up; an existing one decides. */
  passphrase?: string;
  /** PBKDF2 rounds for a new library (tests use fewer). */
  iterations?: number;
}

const CHECK_TEXT = new TextEncoder().encode('talk-notes-check');
const CHECK_PATH = 'check';

export async function openLibrary(remote: RemoteFiles, device: string, opts: LibraryOptions): Promise<OpenLibrary> {
  await makeFolder(remote, ROOT);
  let manifest = await readManifest(remote);
  if (manifest === null) {
    const made = await newManifest(opts);
    if (await atomicPut(remote, ROOT, MANIFEST, new TextEncoder().encode(serializeManifest(made.manifest)), false)) {
      manifest = made.manifest;
    } else {
      // Another device made it a moment ago: its choice stands.
      manifest = await readManifest(remote);
      if (manifest === null) throw new SyncError('conflict', 'The library on the server changed while it was being set up. Sync will try again.');
    }
  }
  const key = await keyFor(manifest, opts.passphrase ?? '');
  await makeFolder(remote, DEVICES);
  await makeFolder(remote, deviceFolder(device));
  return { manifest, key };
}

async function readManifest(remote: RemoteFiles): Promise<Manifest | null> {
  const bytes = await remote.get(MANIFEST);
  return bytes === null ? null : parseManifest(new TextDecoder().decode(bytes));
}

async function newManifest(opts: LibraryOptions): Promise<{ manifest: Manifest }> {
  const library = toHex(randomBytes(12));
  if (!opts.passphrase) return { manifest: { library, encryption: null } };
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  const salt = randomBytes(16);
  const key = await deriveKey(opts.passphrase, salt, iterations);
  const check = await encrypt(key, CHECK_TEXT, CHECK_PATH);
  return { manifest: { library, encryption: { iterations, salt: toBase64(salt), check: toBase64(check) } } };
}

async function keyFor(manifest: Manifest, passphrase: string): Promise<CryptoKey | null> {
  const e = manifest.encryption;
  if (e === null) {
    if (passphrase !== '') {
      throw new SyncError(
        'passphrase',
        'The library in this folder on the server is not encrypted. Remove the passphrase from the sync settings, or choose another folder for an encrypted library.',
      );
    }
    return null;
  }
  if (passphrase === '') {
    throw new SyncError('passphrase', 'The library in this folder on the server is encrypted. Enter its passphrase in the sync settings.');
  }
  const salt = fromBase64(e.salt);
  const check = fromBase64(e.check);
  if (salt === null || salt.length < 16 || check === null || e.iterations < MIN_ITERATIONS || e.iterations > MAX_ITERATIONS) {
    throw new SyncError('damaged', 'The encryption settings in talk-notes/library.json on the server are damaged, so the library cannot be opened.');
  }
  const key = await deriveKey(passphrase, salt, e.iterations);
  if ((await decrypt(key, check, CHECK_PATH)) === null) {
    throw new SyncError(
      'passphrase',
      'The passphrase does not open the library on the server. Enter the passphrase you chose when you first set up sync.',
    );
  }
  return key;
}

/** Makes a folder whose parent exists; says what to do when the parent does not. */
async function makeFolder(remote: RemoteFiles, folder: string): Promise<void> {
  try {
    await remote.mkcol(folder);
  } catch (e) {
    if (e instanceof SyncError && (e.kind === 'conflict' || e.kind === 'missing')) {
      throw new SyncError('missing', 'The folder in the sync settings does not exist on the server. Create it there, or correct the address.', e.status, {
        cause: e,
      });
    }
    throw e;
  }
}

/**
 * Writes `path` whole or not at all: PUT under a temporary name in `folder`, then MOVE. A
 * cut connection leaves at most a temporary file, which no reader looks at. False when
 * `path` exists and `overwrite` is false.
 */
export async function atomicPut(remote: RemoteFiles, folder: string, path: string, body: Uint8Array<ArrayBuffer>, overwrite: boolean): Promise<boolean> {
  const temp = `${folder}.tmp-${toHex(randomBytes(8))}`;
  await remote.put(temp, body);
  let moved = false;
  try {
    moved = await remote.move(temp, path, overwrite);
  } finally {
    if (!moved) await remote.delete(temp).catch(() => undefined);
  }
  return moved;
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
