import type { Runtime } from 'webextension-polyfill';
import type { TalkId } from '@/utils/model/ids';
import { leaveHandoff, type Handoff, type PendingAction } from '@/utils/content/handoff';
import { loaderCall, runtimeApi } from '@/utils/content/loader-call';
import { showControl, type Control } from '@/utils/content/loader-control';
import { hookPage } from '@/utils/content/page-hooks';
import type { ShortcutActions } from '@/utils/content/shortcuts';

/** What the loader needs to know of a site: nothing of its sidebar. */
export interface LoaderSite {
  site: Handoff['site'];
  /** The whole recording the page shows now, or null where it shows none. */
  recording(doc: Document): TalkId | null;
  /** The video a note's moment is read from. */
  video(doc: Document): HTMLVideoElement | null;
  /** Whether the page shows a recording of several talks (chapters in its description, clips in its data). */
  hasParts?(doc: Document): boolean;
  /** Calls `changed` after each move to another video inside the page, and once its details show (a site that loads a page per video has none). */
  onNavigate?(changed: () => void, signal: AbortSignal, doc: Document): void;
}

/** How long the control and the question to the background may wait for the page to go quiet. */
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
 * The small script every matched page runs instead of the sidebar: it recognises the video,
 * shows the "Open Talk notes" control, and has the sidebar's code run in this frame on a click,
 * a shortcut or a command, or by itself on a recording with the person's notes (or on every
 * video, when the person chose so). A shortcut's moment is read here, at the press.
 */
export function startLoader(site: LoaderSite, signal: AbortSignal, doc: Document = document, win: Window = window): void {
  // First of all, as the sidebar itself did: capture listeners on `window` ahead of the page's.
  // A shortcut before the sidebar is there loads it, its moment read at the press.
  const act = (action: keyof ShortcutActions) =>
    load(action !== 'captureSlide', { action, videoTime: site.video(doc)?.currentTime ?? null });
  const hooks = hookPage(signal, act, win);
  const handoff: Handoff = { signal, site: site.site, open: false, pending: null, hooks, taken: false };
  let loading: Promise<void> | null = null;
  let control: Control | null = null;
  let shown: TalkId | null = null;
  const api = runtimeApi();

  const load = (open: boolean, pending: PendingAction | null): void => {
    handoff.open ||= open;
    handoff.pending ??= pending;
    if (loading) return;
    leaveHandoff(handoff);
    loading = loaderCall('loader.sidebar', {}).then(
      () => {
        control?.remove();
        control = null;
      },
      (error: unknown) => {
        console.error('Talk Notes: the sidebar could not be loaded', error);
        loading = null;
      },
    );
  };
  // The browser's shortcuts and the toolbar button come through the background; answering
  // nothing still tells the background this tab has the script (messages/push.ts).
  const onMessage = (message: unknown, sender: Runtime.MessageSender): undefined => {
    const m = message as { event?: unknown; name?: unknown } | null;
    if (handoff.taken || sender.id !== api.runtime.id || m?.event !== 'command' || typeof m.name !== 'string') return undefined;
    const action = COMMAND_ACTIONS[m.name];
    if (action) act(action);
    return undefined;
  };
  api.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => api.runtime.onMessage.removeListener(onMessage), { once: true });

  const check = async () => {
    if (handoff.taken || loading) return;
    const recording = site.recording(doc);
    if (recording && site.hasParts?.(doc)) return load(false, null);
    if (recording === shown) return;
    shown = recording;
    if (!recording) {
      control?.remove();
      control = null;
      return;
    }
    control ??= showControl(() => load(true, null), doc);
    // The background also answers yes on every video when the person chose so (Options).
    const wanted = await loaderCall('loader.known', { recording }).catch(() => false);
    if (wanted && shown === recording) load(false, null);
  };
  // The page's own start comes first: the control and the question wait for an idle moment,
  // several navigation events in a row making one look at the page.
  let queued = false;
  const whenReady = () => {
    if (queued || signal.aborted) return;
    queued = true;
    whenIdle(() => {
      queued = false;
      if (!signal.aborted) void check();
    }, win);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', whenReady, { once: true, signal });
  else whenReady();
  site.onNavigate?.(whenReady, signal, doc);
}
