import { onMarksChanged } from '@/utils/messages/listen';
import type { MarksEvent } from '@/utils/messages/events';
import { call } from '@/utils/messages/client';
import type { TalkId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import type { HandMarks } from '@/utils/sites/parts';

export interface MarkStoreDeps {
  api: ApiCall;
  /** Hears marks changed anywhere (another tab, a restored backup). */
  onMarks: (listener: (event: MarksEvent) => void, signal: AbortSignal) => void;
}

const defaults: MarkStoreDeps = { api: call, onMarks: onMarksChanged };

/**
 * Talk starts marked by hand, kept by the background in the extension's store (never the
 * page's), so every tab sees them and backups hold them. `get` answers at once from what this
 * tab knows and asks the background the first time; listeners hear when the answer arrives.
 * A new mark shows at once and is replaced by what the background stored, or, if storing
 * failed, by what it holds.
 */
export function createMarkStore(signal: AbortSignal, deps: MarkStoreDeps = defaults): HandMarks {
  const known = new Map<TalkId, readonly number[]>();
  const asked = new Set<TalkId>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((f) => f());
  const set = (recording: TalkId, starts: readonly number[]) => {
    if (signal.aborted) return;
    known.set(recording, starts);
    changed();
  };
  const fetch = (recording: TalkId) =>
    void deps.api('marks.get', { recording }).then(
      (starts) => set(recording, starts),
      () => asked.delete(recording), // asked again on the next look
    );

  deps.onMarks((event) => set(event.recording, event.starts), signal);
  return {
    get(recording) {
      if (!asked.has(recording)) {
        asked.add(recording);
        fetch(recording);
      }
      return known.get(recording) ?? [];
    },
    add(recording, at) {
      const list = known.get(recording) ?? [];
      if (list.includes(at)) return;
      set(recording, [...list, at].sort((a, b) => a - b));
      void deps.api('marks.add', { recording, at }).then(
        (starts) => set(recording, starts),
        () => fetch(recording),
      );
    },
    subscribe(listener, sig) {
      listeners.add(listener);
      sig.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
