// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepWarm } from '@/utils/library/keep-warm';

/** A document whose visibility the test sets. */
function page(state: DocumentVisibilityState) {
  const doc = document.implementation.createHTMLDocument('library');
  let now = state;
  Object.defineProperty(doc, 'visibilityState', { get: () => now });
  return {
    doc,
    show(next: DocumentVisibilityState) {
      now = next;
      doc.dispatchEvent(new Event('visibilitychange'));
    },
  };
}

describe('keepWarm: a library page in view keeps the background and its index alive', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('asks at once and then every interval while the page is in view', () => {
    const ping = vi.fn(async () => null);
    keepWarm(ping, new AbortController().signal, page('visible').doc, 20_000);
    expect(ping).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(ping).toHaveBeenCalledTimes(4);
  });

  it('does not ask from a tab in the background, and asks again as soon as the page is shown', () => {
    const ping = vi.fn(async () => null);
    const p = page('hidden');
    keepWarm(ping, new AbortController().signal, p.doc, 20_000);
    vi.advanceTimersByTime(60_000);
    expect(ping).not.toHaveBeenCalled();
    p.show('visible');
    expect(ping).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(20_000);
    expect(ping).toHaveBeenCalledTimes(2);
    p.show('hidden');
    vi.advanceTimersByTime(60_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });

  it('stops when its signal aborts', () => {
    const ping = vi.fn(async () => null);
    const p = page('visible');
    const stop = new AbortController();
    keepWarm(ping, stop.signal, p.doc, 20_000);
    stop.abort();
    vi.advanceTimersByTime(60_000);
    p.show('visible');
    expect(ping).toHaveBeenCalledTimes(1);
  });

  it('keeps asking after a ping failed (the background was restarting)', async () => {
    const ping = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    keepWarm(ping, new AbortController().signal, page('visible').doc, 20_000);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(ping).toHaveBeenCalledTimes(3);
  });
});
