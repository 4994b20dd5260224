// Neither Node nor happy-dom has IndexedDB; the store is tested against fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';

// Test files share a worker's modules (isolate: false in vitest.config.ts); each still starts
// with an IndexedDB of its own, empty, as it did in a worker of its own.
globalThis.indexedDB = new IDBFactory();

// A test that takes away the WXT set-up's fake `browser` or `chrome` (vi.unstubAllGlobals) breaks
// every later file of its worker that imports webextension-polyfill: fail the test that did it.
afterEach(() => {
  if (!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id) throw new Error('this test removed the fake `chrome` global (use tests/unit/stub-global.ts, not vi.unstubAllGlobals)');
});
