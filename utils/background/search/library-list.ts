/** The library read through the in-memory index once it is built, and from the store until then. */
import type { ConferenceId } from '@/utils/model/ids';
import type { LibraryList } from '@/utils/model/replies';
import { readConference, type ConferenceData } from '@/utils/store/conferences';
import { countLibrary } from '@/utils/store/counts';
import { listOf } from '@/utils/store/listing';
import { NotFoundError } from '@/utils/store/notes';
import type { Db } from '@/utils/store/schema';
import type { LibraryIndex } from '@/utils/background/search/library-index';

export async function listLibrary(db: Db, index: LibraryIndex): Promise<LibraryList> {
  if (!index.built()) {
    // Counting in the database is quick; building the index reads every note (a second or
    // more for 50,000), so it is built once the library has been quiet a moment, not now.
    const counted = await countLibrary(db);
    index.warmLater(db);
    return listOf(counted);
  }
  await index.refresh(db);
  return {
    conferences: [...index.conferences()],
    talks: index.talks().map((talk) => ({ talk, notes: index.count(talk.id) })),
  };
}

/** A conference's data, with the last logged write it holds when it came from the index (null: read from the store). */
export type StampedConference = ConferenceData & { stamp: number | null };

/**
 * A conference with its live talks and their notes (as readConference gives), taken from the
 * in-memory index brought up to date first: exporting 20,000 notes then reads only what changed
 * since the library last looked, instead of every note of every talk again. A background just
 * started restores the index from its snapshot (one record) where there is one.
 */
export async function conferenceFromIndex(db: Db, index: LibraryIndex, id: ConferenceId): Promise<StampedConference> {
  if (!index.built() && !(await index.restore(db))) {
    // Building the index reads every note; this conference's are a fraction of them. The build
    // follows once the worker has been quiet a moment: started at once, its reads competed on
    // two cores with formatting this export and with the page showing it.
    const data = await readConference(db, id);
    index.warmLater(db);
    return { ...data, stamp: null };
  }
  await index.refresh(db);
  const conference = index.conferences().find((c) => c.id === id);
  if (!conference) throw new NotFoundError('This conference was deleted.');
  const talks = index.talks().filter((t) => t.conferenceId === id);
  return { conference, talks, notesByTalk: new Map(talks.map((t) => [t.id, index.notes(t.id)])), stamp: index.seen() };
}
