import type { Db } from '@/utils/store/schema';

/** The store, counting the transactions that read the sheets (a build from them, not from a snapshot). */
export function countingSheets(db: Db): { db: Db; sheetReads: () => number } {
  let reads = 0;
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === 'transaction') return (stores: string[], ...rest: []) => (stores.includes('sheets') && reads++, target.transaction(stores as 'sheets'[], ...rest));
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, sheetReads: () => reads };
}
