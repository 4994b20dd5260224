/**
 * The sidebar's place in the page: an element of its own holding a closed shadow root (the page
 * can read neither the notes nor the keys typed into them), kept in the page while the sidebar
 * lives. WXT's shadow-root UI did this before; its module brought the webextension-polyfill's
 * wrapper and an element watcher into every page the sidebar opened on, and it unmounted and
 * drew the sidebar again each time the page re-rendered the anchor.
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the sidebar is rendered. */
  container: HTMLElement;
}

/** The page's styles stop at the host: nothing of the page's CSS reaches the sidebar. */
const RESET = ':host{all:initial !important;}';
/** Keys typed in the sidebar are not the page's (a player's shortcuts would fire on each letter). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

export function createShadowHost(doc: Document, name: string, css = ''): ShadowHost {
  const host = doc.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css ? `${RESET}\n${css}` : RESET;
  const container = doc.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container };
}

/**
 * Keeps `host` in the page until `signal` aborts: first in the element `anchor` selects, or last
 * in the body without one. A page that renders itself (YouTube) may take the anchor away and
 * make it again: the host goes back in as soon as it is there, drawn as it was. The observer's
 * work is one property read per batch of the page's changes while the host is in place.
 */
export function keepInPage(host: HTMLElement, anchor: string | null, signal: AbortSignal, doc: Document = document): void {
  if (signal.aborted) return;
  const place = () => {
    const into = anchor ? doc.querySelector(anchor) : doc.body;
    if (!into) return;
    if (anchor) into.prepend(host);
    else into.append(host);
  };
  place();
  const observer = new MutationObserver(() => {
    if (!host.isConnected) place();
  });
  observer.observe(doc, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      host.remove();
    },
    { once: true },
  );
}
