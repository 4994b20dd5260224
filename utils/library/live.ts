import type { ChangeEvent } from '../messages';
import type { TalkId } from '../model/ids';
import type { Talk } from '../model/types';
import type { LibraryDeps } from './deps';

export interface LiveTarget {
  /** Shows a talk as stored now; `notes` when its count is known. */
  putTalk: (talk: Talk, notes?: number) => void;
  /** Runs the current search again (notes changed). */
  rerunSearch: () => Promise<void>;
}

/**
 * Keeps the library page in step with change events (from sidebars, other library tabs, this
 * page's own writes). Events are gathered briefly, then each talk they name is read again:
 * its note count is something only the background knows.
 */
export function createLiveRefresh(deps: LibraryDeps, target: LiveTarget) {
  const pending = new Set<TalkId>();
  let flushing: ReturnType<typeof setTimeout> | undefined;

  function receive(event: ChangeEvent): void {
    if (event.notes.length === 0 && event.talk) {
      target.putTalk(event.talk);
      void target.rerunSearch();
      return;
    }
    pending.add(event.talkId);
    flushing ??= setTimeout(() => void flush(), deps.refreshDelay ?? 100);
  }

  async function flush(): Promise<void> {
    flushing = undefined;
    const ids = [...pending];
    pending.clear();
    await Promise.all(ids.map(async (talkId) => {
      try {
        const view = await deps.api('talk.open', { talkId });
        if (view.talk) target.putTalk(view.talk, view.notes.length);
      } catch {
        // The next event or visit reads it again.
      }
    }));
    await target.rerunSearch();
  }

  return { receive, flush };
}
