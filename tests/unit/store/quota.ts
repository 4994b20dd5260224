// Makes fake-indexeddb refuse writes the way a full disk does in a browser: the write request
// fails with a QuotaExceededError and its transaction aborts, undoing whatever it had done.
interface RawStore {
  storeRecord: (...args: unknown[]) => unknown;
}

export function refuseWrites(): () => void {
  const proto = IDBObjectStore.prototype;
  const { put, add } = proto;
  const refusing = (original: typeof put) =>
    function (this: IDBObjectStore & { _rawObjectStore: RawStore }, ...args: Parameters<typeof put>) {
      // fake-indexeddb binds the raw store's write when the request is made and runs it later.
      const raw = this._rawObjectStore;
      const store = raw.storeRecord;
      raw.storeRecord = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        return original.apply(this, args);
      } finally {
        raw.storeRecord = store;
      }
    };
  proto.put = refusing(put);
  proto.add = refusing(add);
  return () => {
    proto.put = put;
    proto.add = add;
  };
}
