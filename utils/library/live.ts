import type { ChangeEvent } from '@/utils/messages/events';
import type { TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import type { LibraryDeps } from '@/utils/library/deps';

export interface LiveTarget {
  /** Shows a talk as stored now; `notes` when its count is known. */
  putTalk: (talk: Talk, notes?: number) => void;
  /** Runs the current search again (notes changed). */
  rerunSearch: () => Promise<void>;
}

/**
 * Keeps the library page in step with change events (from sidebars, other library tabs, this
 * page's own writes). Each talk an event names is read again at once (its note count is
 * something only the background knows); events for a talk whose read is under way make one
 * more read when it ends, so a burst costs two reads, not one per event. No timer: a library
 * in a background tab would have it throttled to a second or more.
 */
export function createLiveRefresh(deps: LibraryDeps, target: LiveTarget) {
  const reading = new Map<TalkId, Promise<void>>();
  const again = new Set<TalkId>();

  function receive(event: ChangeEvent): void {
    if (event.notes.length === 0 && event.talk) {
      target.putTalk(event.talk);
      void target.rerunSearch();
      return;
    }
    read(event.talkId);
  }

  function read(talkId: TalkId): void {
    if (reading.has(talkId)) {
      again.add(talkId);
      return;
    }
    const run = (async () => {
      try {
        const view = await deps.api('talk.open', { talkId });
        if (view.talk) target.putTalk(view.talk, view.notes.length);
      } catch {
        // The next event or visit reads it again.
      }
    })().finally(() => {
      reading.delete(talkId);
      if (again.delete(talkId)) read(talkId);
      else if (reading.size === 0) void target.rerunSearch();
    });
    reading.set(talkId, run);
  }

  /** Resolves once every read asked for so far (and the ones they asked again) has ended. */
  async function settled(): Promise<void> {
    while (reading.size > 0) await Promise.all(reading.values());
  }

  return { receive, settled };
}
