/** Reading and writing one device's change files and snapshots: encoding, encryption, the atomic upload. */
import type { Dataset } from '@/utils/model/dataset';
import { damagedFile, decodeSyncFile, encodeSyncFile, MAX_FILE_BYTES, type FileHeader } from '@/utils/sync/codec';
import { decrypt, encrypt, isEncrypted } from '@/utils/sync/crypto';
import { SyncError } from '@/utils/sync/errors';
import { gunzip, gzip, isGzip } from '@/utils/sync/gzip';
import { deviceFolder, filePath, type SyncFile } from '@/utils/sync/layout';
import { atomicPut } from '@/utils/sync/library';
import type { RemoteFiles } from '@/utils/sync/remote';

export interface ReadFile {
  header: FileHeader;
  data: Dataset;
  bytes: number;
}

/** Writes the file under its final name; returns its size in bytes, or null when that name is taken (nothing is overwritten). */
export async function writeSyncFile(remote: RemoteFiles, key: CryptoKey | null, header: FileHeader, data: Dataset): Promise<number | null> {
  const path = filePath(header.device, header.kind, header.seq);
  const plain = await gzip(new TextEncoder().encode(encodeSyncFile(header, data)));
  const body = key === null ? plain : await encrypt(key, plain, path);
  return (await atomicPut(remote, deviceFolder(header.device), path, body, false)) ? body.length : null;
}

/**
 * The file's header and records; null when it is gone (its device compacted it away meanwhile).
 * A SyncError 'damaged' carries `whole`: whether the server really holds the file so (the bytes
 * read are as many as it listed) rather than the transfer being cut.
 */
export async function readSyncFile(remote: RemoteFiles, key: CryptoKey | null, device: string, file: SyncFile): Promise<ReadFile | null> {
  const path = filePath(device, file.kind, file.seq);
  // Not fetched at all: held whole in memory, it could stop the worker.
  if (file.size !== undefined && file.size > MAX_FILE_BYTES) throw Object.assign(damagedFile(path, 'it is too large'), { whole: true });
  const raw = await remote.get(path);
  if (raw === null) return null;
  const whole = file.size === undefined || raw.length === file.size;
  try {
    const packed = await openBytes(key, raw, path);
    if (!isGzip(packed)) throw damagedFile(path, 'it is not what Talk Notes writes');
    const plain = await gunzip(packed, MAX_FILE_BYTES);
    if (plain === null) throw damagedFile(path, 'it is cut short');
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(plain);
    } catch (cause) {
      throw damagedFile(path, 'it is not text', cause);
    }
    const { header, data } = decodeSyncFile(text, { kind: file.kind, device, seq: file.seq }, path);
    return { header, data, bytes: raw.length };
  } catch (e) {
    if (e instanceof SyncError && e.kind === 'damaged') throw Object.assign(e, { whole });
    throw e;
  }
}

async function openBytes(key: CryptoKey | null, raw: Uint8Array<ArrayBuffer>, path: string): Promise<Uint8Array<ArrayBuffer>> {
  if (key === null) {
    if (isEncrypted(raw)) throw damagedFile(path, 'it is encrypted, but the library is not');
    return raw;
  }
  if (!isEncrypted(raw)) throw damagedFile(path, 'it is not encrypted, but the library is');
  const plain = await decrypt(key, raw, path);
  if (plain === null) throw damagedFile(path, 'it cannot be decrypted: it is cut short or was altered');
  return plain;
}
