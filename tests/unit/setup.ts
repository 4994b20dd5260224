// Neither Node nor happy-dom has IndexedDB; the store is tested against fake-indexeddb.
import 'fake-indexeddb/auto';
