import type { BroadcastEvent } from '@/utils/messages/events';
import type { LibraryIndex } from '@/utils/background/search/library-index';
import type { ProgrammeMatcher } from '@/utils/background/programme-match';
import type { Db } from '@/utils/store/schema';
import type { SyncService } from '@/utils/background/sync-service';

/** What every group of handlers needs from the background; tests pass fakes. */
export interface HandlerDeps {
  db: () => Promise<Db>;
  /** Tells every open view about a committed change. */
  broadcast: (event: BroadcastEvent) => Promise<void>;
  download: (filename: string, text: string) => Promise<void>;
  now?: () => number;
  /** The library's in-memory view of the store; one per background by default. */
  index?: LibraryIndex;
  /** The stored programmes, indexed for matching recordings; one per background by default. */
  programmes?: ProgrammeMatcher;
  /** Sync with the person's WebDAV server; without it the sync requests answer that there is none. */
  sync?: SyncService;
  /** Runs an on-demand file (the sidebar's, the frame agent's) in one frame of a tab; scripting.executeScript by default. */
  injectFiles?: (tabId: number, frameId: number, files: string[]) => Promise<void>;
}
