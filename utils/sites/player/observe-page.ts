/** Media events that tell a `<video>` got another source; they do not bubble, so they are caught on the way down. */
const MEDIA_EVENTS = ['loadedmetadata', 'emptied'];
const HISTORY_EVENTS = ['popstate', 'hashchange'];

/**
 * Calls `onChange` whenever the page may show another recording or new details: history
 * navigation, a video getting another source, videos added or removed, and any change inside
 * the elements `watched()` returns (looked up again after each change, as players re-render).
 */
export function observePage(
  doc: Document,
  onChange: () => void,
  signal: AbortSignal,
  watched: () => Element[] = () => [],
): void {
  if (signal.aborted) return;
  const win = doc.defaultView;
  const Observer = win?.MutationObserver ?? globalThis.MutationObserver;

  const details = new Observer(changed);
  const attachDetails = () => {
    details.disconnect();
    for (const el of watched()) details.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  function changed(): void {
    attachDetails();
    onChange();
  }

  const videos = new Observer((records) => {
    if (records.some((r) => [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)].some(holdsVideo))) changed();
  });
  videos.observe(doc.documentElement, { childList: true, subtree: true });

  for (const type of MEDIA_EVENTS) doc.addEventListener(type, changed, { signal, capture: true });
  for (const type of HISTORY_EVENTS) (win ?? doc).addEventListener(type, changed, { signal });
  signal.addEventListener(
    'abort',
    () => {
      details.disconnect();
      videos.disconnect();
    },
    { once: true },
  );
  attachDetails();
}

function holdsVideo(node: Node): boolean {
  if (node.nodeName === 'VIDEO' || node.nodeName === 'IFRAME') return true;
  return node.nodeType === 1 && (node as Element).querySelector('video, iframe') !== null;
}
