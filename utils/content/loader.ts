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
  /** Calls `moved` after each move to another address inside the page (a site that loads a page per video has none). */
  onMove?(moved: () => void, signal: AbortSignal, doc: Document): void;
  /** Calls `changed` each time the page shows a video's details (its description), on a site that moves between videos inside the page. */
  onDetails?(changed: () => void, signal: AbortSignal, doc: Document): void;
}

/** How long telling the background may wait for the page to go quiet. */
const IDLE_AT_LATEST_MS = 1000;

const COMMAND_ACTIONS: Record<string, keyof ShortcutActions> = {
  'focus-note': 'focusNote',
  'toggle-sidebar': 'toggle',
  'capture-caption': 'caption',
  'capture-slide': 'captureSlide',
};

/** Runs `work` once the page has a quiet moment (soon at the latest): the page's first paint comes first. */
function whenIdle(work: () => void, win: Window): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(work, { timeout: IDLE_AT_LATEST_MS });
  else win.setTimeout(work, 0);
}

/**
 * The small script every matched page runs instead of the sidebar. At load it only installs the
 * capture listeners that must precede the page's and leaves a hook in the content scripts'
 * world for the browser's commands: no `chrome.*`, no element. Once the page is idle after
 * loading, and again after each move inside the page, it tells the background its address
 * (`loader.here`); the answer, the recording and whether the sidebar comes by itself there
 * (the person's notes, every video chosen), makes it show its "Talk notes" control or ask for
 * the sidebar. A shortcut's moment is read here, at the press.
 */
export function startLoader(site: LoaderSite, signal: AbortSignal, doc: Document = document, win: Window = window): void {
  const act = (action: keyof ShortcutActions) =>
    request(action !== 'captureSlide', { action, videoTime: site.video(doc)?.currentTime ?? null });
  const hooks = hookPage(signal, act, win);
  const handoff: Handoff = { signal, site: site.site, open: false, pending: null, hooks, taken: false };
  let loading = false;
  let control: Control | null = null;
  /** The recording the background last told of. */
  let shown: TalkId | null = null;
  /** The address last told to the background. */
  let told: string | null = null;

  const dropControl = () => {
    control?.remove();
    control = null;
  };
  /** Leaves the handoff for the sidebar's code and asks for that code, once. */
  const request = (open: boolean, pending: PendingAction | null): void => {
    handoff.open ||= open;
    handoff.pending ??= pending;
    if (loading) return;
    loading = true;
    leaveHandoff(handoff);
    dropControl();
    loaderCall('loader.sidebar', {}).catch((error: unknown) => {
      console.error('Talk Notes: the sidebar could not be loaded', error);
      loading = false;
    });
  };
  /** A stream of several talks brings the sidebar by itself: told by its description, so looked at again once that shows. */
  const showsParts = () => shown !== null && site.hasParts?.(doc) === true;
  const done = () => handoff.taken || loading || signal.aborted;

  const tell = async () => {
    const address = doc.location.href;
    if (done() || address === told) return;
    told = address;
    const { recording, wanted } = await loaderCall('loader.here', { address });
    // A later move tells its own address.
    if (done() || doc.location.href !== address) return;
    shown = recording;
    if (!recording) dropControl();
    else if (wanted || showsParts()) request(false, null);
    else control ??= showControl(() => request(true, null), doc);
  };
  // The page's own start comes first: several moves in a row make one look at the page.
  let queued = false;
  const whenReady = () => {
    if (queued || signal.aborted) return;
    queued = true;
    whenIdle(() => {
      queued = false;
      tell().catch((error: unknown) => {
        told = null;
        console.error('Talk Notes: could not tell the extension of this page', error);
      });
    }, win);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', whenReady, { once: true, signal });
  else whenReady();
  site.onMove?.(whenReady, signal, doc);

  const hook: LoaderHook = {
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
    if (!done() && showsParts()) request(false, null);
  }, signal, doc);
}
