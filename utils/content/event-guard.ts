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
  const copies = new WeakSet<Event>();
  const listener = (event: Event) => {
    // A copy that escaped its shadow root must not be copied again (see cloneEvent).
    if (copies.has(event)) return;
    const t = target();
    if (!t) return;
    // By type, not `instanceof`: a content script sees page events through wrappers in Firefox.
    const key = event.type.startsWith('key') ? (event as KeyboardEvent).code || (event as KeyboardEvent).key : '';
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

/**
 * The copy is chosen by event type, not `instanceof`: in Firefox a content script sees the
 * page's events through Xray wrappers, and `e instanceof KeyboardEvent` is false there, which
 * turned Enter into a plain Event the note box ignored.
 */
/**
 * Keyboard copies are plain Events carrying the key fields: Firefox makes every
 * `new KeyboardEvent` composed whatever its init says, so such a copy left the shadow root,
 * reached this listener again (endless recursion) and would have shown the key to the page.
 * Our handlers read only the fields, so they cannot tell the difference. The fields are plain
 * assignments: `Object.defineProperty` on an event costs several times more, and every key
 * makes three copies (keydown, keypress, keyup).
 */
type KeyFields = Pick<KeyboardEvent, 'key' | 'code' | 'location' | 'repeat' | 'isComposing' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'getModifierState'>;

function cloneEvent(e: Event): Event {
  const base = { bubbles: e.bubbles, cancelable: e.cancelable, composed: false };
  if (e.type === 'keydown' || e.type === 'keyup' || e.type === 'keypress') {
    const k = e as KeyboardEvent;
    const copy = new Event(e.type, base) as Event & { -readonly [F in keyof KeyFields]: KeyFields[F] };
    copy.key = k.key;
    copy.code = k.code;
    copy.location = k.location;
    copy.repeat = k.repeat;
    copy.isComposing = k.isComposing;
    copy.ctrlKey = k.ctrlKey;
    copy.shiftKey = k.shiftKey;
    copy.altKey = k.altKey;
    copy.metaKey = k.metaKey;
    copy.getModifierState = (m: string) => k.getModifierState(m);
    return copy;
  }
  // Types by name, not `instanceof`: a content script sees page events through wrappers in Firefox.
  if (e.type === 'beforeinput' || e.type === 'input') {
    const i = e as InputEvent;
    return new InputEvent(e.type, { ...base, data: i.data ?? null, inputType: i.inputType ?? '', isComposing: i.isComposing ?? false });
  }
  if (e.type.startsWith('composition')) return new CompositionEvent(e.type, { ...base, data: (e as CompositionEvent).data });
  return new Event(e.type, base);
}
