// Neither Node nor happy-dom has IndexedDB; the store is tested against fake-indexeddb.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';

// Test files share a worker's modules (isolate: false in vitest.config.ts); each still starts
// with an IndexedDB of its own, empty, as it did in a worker of its own.
globalThis.indexedDB = new IDBFactory();
