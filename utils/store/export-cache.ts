/**
 * A conference's last Markdown export, kept so that exporting it again after the background was
 * stopped costs one read instead of reading its notes and formatting them. Whether it still
 * holds is decided by the reader (background/conference-markdown.ts): against the log's last key
 * (any note written since makes it stale) and the conference and talks as stored now.
 */
import type { ConferenceId } from '@/utils/model/ids';
import type { Conference, Talk } from '@/utils/model/types';
import type { CachedExport, Db, ReadTx } from '@/utils/store/schema';
import { EXPORT_CACHE, lastLogged } from '@/utils/store/search-persist';

/** The cached export with what it is checked against, read in one transaction. */
export interface CachedExportRead {
  cached: CachedExport | undefined;
  conference: Conference | undefined;
  /** The conference's talks, deleted ones too. */
  talks: Talk[];
  lastLogged: number;
}

export async function readCachedExport(db: Db, conferenceId: ConferenceId): Promise<CachedExportRead> {
  const tx = db.transaction([EXPORT_CACHE, 'conferences', 'talks', 'searchLog'], 'readonly');
  const [cached, conference, talks, last] = await Promise.all([
    tx.objectStore(EXPORT_CACHE).get(conferenceId),
    tx.objectStore('conferences').get(conferenceId),
    tx.objectStore('talks').index('byConference').getAll(conferenceId),
    lastLogged(tx as unknown as ReadTx),
    tx.done,
  ]);
  return { cached, conference, talks, lastLogged: last };
}

/** Keeps an export (the conference's earlier one is replaced). */
export async function writeCachedExport(db: Db, made: CachedExport): Promise<void> {
  await db.put(EXPORT_CACHE, made);
}
