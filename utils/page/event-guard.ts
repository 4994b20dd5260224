/**
 * Keeps the page from seeing what is typed in the sidebar. A closed shadow root hides the
 * DOM, and `isolateEvents` stops events bubbling out, but keyboard and input events are
 * composed: the page's own capture listeners on `window` would still get every key.
 *
 * So a content script running at document_start (before any page script) installs the first
 * capture listener on `window`. For an event coming from our host it stops the event there,
 * so no page listener runs, and dispatches a copy inside the shadow root that cannot leave it
 * (`composed: false`), so our own handlers still run. The original's default action (the
 * character appearing) still happens, unless our handler prevented the copy's.
 */
const GUARDED = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'cut', 'copy', 'select', 'focusin', 'focusout', 'drop',
] as const;

/** Events we stop without re-dispatching: our UI does not handle them, and they carry text. */
const SILENT = new Set<string>(['paste', 'cut', 'copy', 'select', 'drop', 'textInput', 'focusin', 'focusout']);

export interface GuardTarget {
  host: Element;
  root: ShadowRoot;
}

export function guardEvents(target: () => GuardTarget | null, win: Window = window): () => void {
  // Keys that went down in the sidebar: their keyup is ours too, even when the focus left it
  // meanwhile (Escape blurs the box, so its keyup lands on the page's body).
  const held = new Set<string>();
  // Our own copies. Chromium keeps them inside the root; Firefox 153 was seen letting the copy
  // of a key event reach `window` as composed. Handling it again would re-dispatch it forever
  // (too much recursion, and Enter never saved), so a copy is left to run its course.
  const copies = new WeakSet<Event>();
  const listener = (event: Event) => {
    if (copies.has(event)) return;
    const t = target();
    if (!t) return;
    const key = event instanceof KeyboardEvent ? event.code || event.key : '';
    const ours = event.target === t.host;
    if (event.type === 'keyup' && held.delete(key) && !ours) {
      event.stopImmediatePropagation();
      return;
    }
    if (!ours) return;
    if (event.type === 'keydown') held.add(key);
    event.stopImmediatePropagation();
    if (SILENT.has(event.type)) return;
    const inner = innerTarget(t.root);
    if (!inner) return;
    const copy = cloneEvent(event);
    copies.add(copy);
    inner.dispatchEvent(copy);
    if (copy.defaultPrevented) event.preventDefault();
  };
  for (const type of GUARDED) win.addEventListener(type, listener, { capture: true });
  return () => {
    for (const type of GUARDED) win.removeEventListener(type, listener, { capture: true });
  };
}

/** Keyboard, input and composition events go to the focused element (composedPath() from `window` hides a closed root's nodes). */
function innerTarget(root: ShadowRoot): Element | null {
  return root.activeElement;
}

function cloneEvent(e: Event): Event {
  const base = { bubbles: e.bubbles, cancelable: e.cancelable, composed: false };
  if (e instanceof KeyboardEvent) {
    return new KeyboardEvent(e.type, {
      ...base,
      key: e.key, code: e.code, location: e.location, repeat: e.repeat, isComposing: e.isComposing,
      ctrlKey: e.ctrlKey, shiftKey: e.shiftKey, altKey: e.altKey, metaKey: e.metaKey,
    });
  }
  if (e instanceof InputEvent) {
    return new InputEvent(e.type, { ...base, data: e.data, inputType: e.inputType, isComposing: e.isComposing });
  }
  if (e instanceof CompositionEvent) return new CompositionEvent(e.type, { ...base, data: e.data });
  return new Event(e.type, base);
}
