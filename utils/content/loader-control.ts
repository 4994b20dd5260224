/** The loader's one control on the page: a small "Open Talk notes" button in a closed shadow root. */

const STYLE = `:host{all:initial!important}button{position:fixed;right:12px;bottom:12px;z-index:2147483646;font:600 13px/1.2 system-ui,sans-serif;color:#fff;background:#1d4ed8;border:0;border-radius:16px;padding:7px 12px;box-shadow:0 1px 4px #0005;cursor:pointer;opacity:.85}button:hover,button:focus-visible{opacity:1;outline:2px solid #93c5fd}`;

export interface Control {
  remove(): void;
}

/** Puts the control on the page; its key presses stop at its edge, so the page's player shortcuts never see them. */
export function showControl(onOpen: () => void, doc: Document = document): Control {
  const host = doc.createElement('talk-notes-loader');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Talk notes';
  button.setAttribute('aria-label', 'Open Talk notes');
  button.title = 'Open the notes sidebar (Alt+Shift+S); Alt+Shift+N takes a note';
  button.addEventListener('click', onOpen);
  root.append(style, button);
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (e) => e.stopPropagation());
  (doc.body ?? doc.documentElement).append(host);
  return { remove: () => host.remove() };
}
