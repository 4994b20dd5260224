import { guardEvents, type GuardTarget } from '@/utils/content/event-guard';
import { listenShortcuts, type ShortcutActions } from '@/utils/content/shortcuts';

/**
 * The two capture listeners on `window` that must come before any page script's: the shortcuts
 * first (so they work inside the note box too), then the guard that hides the sidebar's events
 * from the page. Installed by whoever runs first (the loader, at document_start); the sidebar,
 * coming later, only fills them in.
 */
export interface PageHooks {
  /** The sidebar's element and shadow root, once mounted: what the guard hides. */
  target: GuardTarget | null;
  /** The sidebar's actions; until they are set, a shortcut goes to `early`. */
  actions: ShortcutActions | null;
}

export function hookPage(signal: AbortSignal, early: (which: keyof ShortcutActions) => void, win: Window = window): PageHooks {
  const hooks: PageHooks = { target: null, actions: null };
  const forward = (which: keyof ShortcutActions) => () => (hooks.actions ? hooks.actions[which]() : early(which));
  listenShortcuts({ focusNote: forward('focusNote'), toggle: forward('toggle'), caption: forward('caption'), captureSlide: forward('captureSlide') }, signal, win);
  signal.addEventListener('abort', guardEvents(() => hooks.target, win), { once: true });
  return hooks;
}
