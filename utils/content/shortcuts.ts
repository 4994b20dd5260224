export interface ShortcutActions {
  focusNote(): void;
  toggle(): void;
  caption(): void;
  captureSlide(): void;
}

/** Same keys as the manifest's commands, for when the browser lets them through to the page (and in headless runs). */
export function matchShortcut(e: KeyboardEvent): keyof ShortcutActions | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyN') return 'focusNote';
  if (e.code === 'KeyS') return 'toggle';
  if (e.code === 'KeyC') return 'caption';
  if (e.code === 'KeyK') return 'captureSlide';
  return null;
}

export function listenShortcuts(actions: ShortcutActions, signal: AbortSignal, win: Window = window): void {
  win.addEventListener(
    'keydown',
    (e) => {
      const which = matchShortcut(e);
      if (!which) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      actions[which]();
    },
    { capture: true, signal },
  );
}
