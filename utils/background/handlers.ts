import type { Runtime } from 'webextension-polyfill';
import { createBundleHandlers } from '@/utils/background/bundle-handlers';
import { createFrameHandlers } from '@/utils/background/frame-relay';
import type { HandlerDeps } from '@/utils/background/handler-deps';
import { createLibraryHandlers } from '@/utils/background/library-handlers';
import { createLoaderHandlers } from '@/utils/background/loader-handlers';
import { createMarkHandlers } from '@/utils/background/marks-handlers';
import { createOpenExportHandlers } from '@/utils/background/open-export-handlers';
import { createProgrammeHandlers } from '@/utils/background/programme-handlers';
import { createProgrammeMatcher } from '@/utils/background/programme-match';
import { createProgrammeSidebarHandlers } from '@/utils/background/programme-sidebar-handlers';
import { createSidebarHandlers } from '@/utils/background/sidebar-handlers';
import { createSlideHandlers } from '@/utils/background/slide-handlers';
import { createSyncHandlers } from '@/utils/background/sync-handlers';
import { describeRequest, type Envelope, type RequestType } from '@/utils/messages/api';
import type { Handlers } from '@/utils/messages/server';
import { explainStorageError } from '@/utils/store/db';
import { createLibraryIndex } from '@/utils/background/search/library-index';

/** Requests that write synced records the library's index does not hold (so not `writes`). */
const WRITES_UNINDEXED: ReadonlySet<RequestType> = new Set(['marks.add']);

/** The background's answers to every request, one group per audience; payloads arrive validated (messages/validate.ts). */
export function createHandlers(deps: HandlerDeps): (envelope: Envelope, sender: Runtime.MessageSender) => Promise<unknown> {
  const index = deps.index ?? createLibraryIndex({ db: deps.db });
  const programmes = deps.programmes ?? createProgrammeMatcher(deps.db);
  const handlers: Handlers = {
    ...createSidebarHandlers({ ...deps, programmes }),
    ...createLibraryHandlers({ ...deps, index, programmes }),
    ...createOpenExportHandlers({ ...deps, index }),
    ...createBundleHandlers({ ...deps, index }),
    ...createFrameHandlers(),
    ...createMarkHandlers(deps),
    ...createProgrammeHandlers({ ...deps, programmes }),
    ...createProgrammeSidebarHandlers({ ...deps, programmes }),
    ...createSlideHandlers({ ...deps, programmes }),
    ...createSyncHandlers(deps.sync),
    ...createLoaderHandlers(deps),
  };

  // Every failure reaches the sender as a message it can show; storage failures in plain words.
  return async (envelope, sender) => {
    try {
      return await (handlers[envelope.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>)(envelope.payload, sender);
    } catch (error) {
      throw explainStorageError(error);
    } finally {
      // After the write committed (or failed): a refresh that began earlier reads again next time.
      const writes = describeRequest(envelope.type).writes;
      if (writes) index.touched();
      // Whatever wrote synced records listed them in the outbox: a sync follows shortly.
      if (writes || WRITES_UNINDEXED.has(envelope.type)) deps.sync?.changed();
    }
  };
}
