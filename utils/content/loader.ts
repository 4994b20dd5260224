import type { TalkId } from '@/utils/model/ids';
import { leaveHandoff, type Handoff, type PendingAction } from '@/utils/content/handoff';
import { loaderCall } from '@/utils/content/loader-call';
import { showControl, type Control } from '@/utils/content/loader-control';
import { LOADER_HOOK_KEY, type LoaderHook } from '@/utils/messages/loader-hook';
import { hookPage } from '@/utils/content/page-hooks';
import type { ShortcutActions } from '@/utils/content/shortcuts';

/** What the loader needs to know of a site: nothing of its sidebar, nor of its addresses (the background reads those). */
export interface LoaderSite {
  site: Handoff['site'];
  /** The video a note's moment is read from. */
  video(doc: Document): HTMLVideoElement | null;
  /** Whether the page shows a recording of several talks (chapters in its description, clips in its data). */
  hasParts?(doc: Document): boolean;
  /** Calls `changed` each time the page shows a video's details (its description), on a site that moves between videos inside the page. */
  onDetails?(changed: () => void, signal: AbortSignal, doc: Document): void;
}

const COMMAND_ACTIONS: Record<string, keyof ShortcutActions> = {
  'focus-note': 'focusNote',
  'toggle-sidebar': 'toggle',
  'capture-caption': 'caption',
  'capture-slide': 'captureSlide',
};

/**
 * The small script every matched page runs instead of the sidebar. At load it only installs the
 * capture listeners that must precede the page's and leaves a hook in the content scripts'
 * world: no `chrome.*`, no element. The background, which sees the tab's address
 * (tabs.onUpdated), calls the hook with the recording the page shows and whether the sidebar
 * comes by itself there (the person's notes, every video chosen); the loader then shows its
 * "Talk notes" control or has the sidebar's file run. A shortcut's moment is read here, at
 * the press, and only a press, a click or a command makes the loader ask the background itself.
 */
export function startLoader(site: LoaderSite, signal: AbortSignal, doc: Document = document, win: Window = window): void {
  const act = (action: keyof ShortcutActions) =>
    void request(action !== 'captureSlide', { action, videoTime: site.video(doc)?.currentTime ?? null });
  const hooks = hookPage(signal, act, win);
  const handoff: Handoff = { signal, site: site.site, open: false, pending: null, hooks, taken: false };
  let loading = false;
  let control: Control | null = null;
  /** The recording the background last told of, and whether the sidebar was not wanted on it by itself. */
  let shown: TalkId | null = null;

  const dropControl = () => {
    control?.remove();
    control = null;
  };
  /** Leaves the handoff for the sidebar's code; true when nobody asked for that code yet. */
  const prepare = (open: boolean, pending: PendingAction | null): boolean => {
    handoff.open ||= open;
    handoff.pending ??= pending;
    if (loading) return false;
    loading = true;
    leaveHandoff(handoff);
    dropControl();
    return true;
  };
  const request = (open: boolean, pending: PendingAction | null) => {
    if (!prepare(open, pending)) return;
    loaderCall('loader.sidebar', {}).catch((error: unknown) => {
      console.error('Talk Notes: the sidebar could not be loaded', error);
      loading = false;
    });
  };
  /** A stream of several talks brings the sidebar by itself: told by its description, so looked at again once that shows. */
  const showsParts = () => shown !== null && site.hasParts?.(doc) === true;

  const hook: LoaderHook = {
    arrive(recording, wanted) {
      if (handoff.taken || signal.aborted) return false;
      shown = recording as TalkId | null;
      if (loading) return false;
      if (!recording) {
        dropControl();
        return false;
      }
      if (wanted || showsParts()) return prepare(false, null);
      control ??= showControl(() => request(true, null), doc);
      return false;
    },
    command(name) {
      if (handoff.taken || signal.aborted) return false;
      const action = COMMAND_ACTIONS[name];
      if (action) act(action);
      return true;
    },
  };
  (globalThis as Record<string, unknown>)[LOADER_HOOK_KEY] = hook;
  signal.addEventListener('abort', () => {
    dropControl();
    if ((globalThis as Record<string, unknown>)[LOADER_HOOK_KEY] === hook) delete (globalThis as Record<string, unknown>)[LOADER_HOOK_KEY];
  }, { once: true });
  site.onDetails?.(() => {
    if (!handoff.taken && !loading && showsParts()) request(false, null);
  }, signal, doc);
}
