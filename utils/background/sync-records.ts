/**
 * The sync engine's view of the store (utils/sync/local.ts): what waits in the outbox, every
 * record, and the merge of the server's records through the import's path, after which open
 * views are told as after an import; the slides' images by id.
 */
import type { Dataset } from '@/utils/model/dataset';
import { countOf, mergeFromServer, readDataset, type ImportResult } from '@/utils/store/import';
import { acknowledgeOutbox, countOutbox, readOutbox } from '@/utils/store/outbox';
import type { Db } from '@/utils/store/schema';
import { heldImages, keepSyncedImage, liveImageBytes } from '@/utils/store/slides';
import type { LocalRecords } from '@/utils/sync/local';

export function storeRecords(db: () => Promise<Db>, told: (result: ImportResult) => Promise<unknown>): LocalRecords {
  return {
    pending: async () => readOutbox(await db()),
    acknowledge: async (mark) => acknowledgeOutbox(await db(), mark),
    pendingCount: async () => countOutbox(await db()),
    all: async () => readDataset(await db()),
    async merge(incoming: Dataset) {
      const result = await mergeFromServer(await db(), incoming);
      const changed = Object.values(countOf(result.changed)).reduce((a, b) => a + b, 0);
      if (changed > 0) await told(result);
      return changed;
    },
    slides: {
      read: async (imageId) => liveImageBytes(await db(), imageId),
      held: async (imageIds) => heldImages(await db(), imageIds),
      keep: async (image, bytes) => keepSyncedImage(await db(), image, bytes),
    },
  };
}
