// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeSyncFile, encodeSyncFile, parseManifest, serializeManifest } from '@/utils/sync/codec';
import { gunzip, gzip } from '@/utils/sync/gzip';
import { emptyDataset } from './memory-records';

const HEADER = { kind: 'snapshot' as const, device: 'abcdef0123456789', seq: 4, cursors: { '0123456789abcdef': 7 } };

function caught(f: () => unknown): { kind?: string; message: string } {
  try {
    f();
  } catch (e) {
    return { kind: (e as { kind?: string }).kind, message: (e as Error).message };
  }
  throw new Error('did not throw');
}

describe('sync file text', () => {
  it('carries the blobs of slide notes in the header, and refuses a blob name that is no SHA-256', () => {
    const sha = 'ab'.repeat(32);
    const header = { ...HEADER, blobs: { '5f0c2a8e-1b7d-4c3e-9a61-0d2b7e4f8c11': sha } };
    const text = encodeSyncFile(header, emptyDataset());
    expect(decodeSyncFile(text, { kind: 'snapshot', device: 'abcdef0123456789', seq: 4 }, 'x').header).toEqual(header);
    expect(caught(() => decodeSyncFile(text.replace(sha, '../library.json'), HEADER, 'f'))).toEqual({
      kind: 'damaged',
      message: 'The file f on the server is incomplete or damaged (its header is damaged). What it holds arrives once the device that wrote it syncs again.',
    });
  });

  it('reads back what it writes', () => {
    const text = encodeSyncFile(HEADER, emptyDataset());
    expect(text.split('\n')[0]).toBe(
      '{"format":"talk-notes-sync","version":1,"kind":"snapshot","device":"abcdef0123456789","seq":4,"cursors":{"0123456789abcdef":7}}',
    );
    expect(decodeSyncFile(text, { kind: 'snapshot', device: 'abcdef0123456789', seq: 4 }, 'x')).toEqual({ header: HEADER, data: emptyDataset() });
  });

  it('refuses a file under a name its header does not give, a bad cursor, a newer version', () => {
    const text = encodeSyncFile(HEADER, emptyDataset());
    expect(caught(() => decodeSyncFile(text, { kind: 'snapshot', device: 'abcdef0123456789', seq: 5 }, 'f')).message).toBe(
      'The file f on the server is incomplete or damaged (its header does not match its name). What it holds arrives once the device that wrote it syncs again.',
    );
    const badCursor = text.replace('"cursors":{"0123456789abcdef":7}', '"cursors":{"__proto__":7}');
    expect(caught(() => decodeSyncFile(badCursor, HEADER, 'f')).kind).toBe('damaged');
    expect(caught(() => decodeSyncFile(text.replace('"version":1', '"version":2'), HEADER, 'f'))).toEqual({
      kind: 'incompatible',
      message: 'The library on the server was written by a newer version of Talk Notes. Update the extension to sync.',
    });
  });
});

describe('manifest', () => {
  it('reads back what it writes, and refuses a stranger’s file', () => {
    const m = { library: 'abcdef0123456789abcdef01', encryption: { iterations: 600_000, salt: 'c2FsdA==', check: 'Y2hlY2s=' } };
    expect(parseManifest(serializeManifest(m))).toEqual(m);
    expect(caught(() => parseManifest('{"hello":1}'))).toEqual({
      kind: 'incompatible',
      message: 'The folder on the server holds a talk-notes/library.json that Talk Notes did not write. Choose another folder.',
    });
  });
});

describe('gzip', () => {
  it('inflates what it deflates, and stops at the limit or at data cut short', async () => {
    const text = new TextEncoder().encode('talk notes '.repeat(10_000));
    const packed = await gzip(text);
    expect(packed.length).toBeLessThan(text.length / 20);
    expect(await gunzip(packed, text.length)).toEqual(text);
    expect(await gunzip(packed, text.length - 1)).toBe(null);
    expect(await gunzip(packed.slice(0, packed.length - 10), text.length)).toBe(null);
  });
});
