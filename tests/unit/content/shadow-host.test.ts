// The sidebar's host element: a closed shadow root with its styles, keys kept from the page, and
// kept in the page while the sidebar lives, even when the page makes its anchor again.
import { afterEach, describe, expect, it } from 'vitest';
import { createShadowHost, keepInPage } from '@/utils/content/shadow-host';

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('createShadowHost', () => {
  it('holds the styles and the container in a closed shadow root the page cannot reach', () => {
    const { host, shadow, container } = createShadowHost(document, 'talk-notes-sidebar', '.note { color: red }');
    expect(host.tagName).toBe('TALK-NOTES-SIDEBAR');
    expect(host.shadowRoot).toBeNull();
    expect(shadow.querySelector('style')!.textContent).toBe(':host{all:initial !important;}\n.note { color: red }');
    expect(container.parentNode).toBe(shadow);
  });

  it('keeps keys typed in the sidebar from the page', () => {
    const { host, container } = createShadowHost(document, 'talk-notes-sidebar');
    document.body.append(host);
    const input = document.createElement('input');
    container.append(input);
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'click']) document.addEventListener(type, () => seen.push(type));
    for (const type of ['keydown', 'keyup', 'keypress']) input.dispatchEvent(new KeyboardEvent(type, { key: 'k', bubbles: true, composed: true }));
    input.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toEqual(['click']);
  });
});

describe('keepInPage', () => {
  it('goes first into its anchor, and back in when the page makes the anchor again', async () => {
    document.body.innerHTML = '<main><div id="secondary"><p>related</p></div></main>';
    const { host } = createShadowHost(document, 'talk-notes-sidebar');
    const life = new AbortController();
    keepInPage(host, '#secondary', life.signal);
    expect(document.querySelector('#secondary')!.firstElementChild).toBe(host);

    document.querySelector('#secondary')!.remove();
    await settle();
    expect(host.isConnected).toBe(false);
    document.querySelector('main')!.innerHTML = '<div id="secondary"><p>related again</p></div>';
    await settle();
    expect(document.querySelector('#secondary')!.firstElementChild).toBe(host);
    life.abort();
  });

  it('waits for an anchor the page has not made yet', async () => {
    const { host } = createShadowHost(document, 'talk-notes-sidebar');
    const life = new AbortController();
    keepInPage(host, '#secondary', life.signal);
    expect(host.isConnected).toBe(false);
    document.body.innerHTML = '<div id="secondary"></div>';
    await settle();
    expect(host.parentElement!.id).toBe('secondary');
    life.abort();
  });

  it('goes last into the body without an anchor, and leaves the page when its life ends', async () => {
    document.body.innerHTML = '<p>page</p>';
    const { host } = createShadowHost(document, 'talk-notes-sidebar');
    const life = new AbortController();
    keepInPage(host, null, life.signal);
    expect(document.body.lastElementChild).toBe(host);
    life.abort();
    expect(host.isConnected).toBe(false);
    document.body.append(document.createElement('div'));
    await settle();
    expect(host.isConnected).toBe(false);
  });
});
