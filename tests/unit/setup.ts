// happy-dom has no IndexedDB; the store is tested against fake-indexeddb.
import 'fake-indexeddb/auto';
