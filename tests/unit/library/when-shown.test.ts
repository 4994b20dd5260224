import { describe, expect, it } from 'vitest';
import { whenShown, type Observe } from '@/utils/library/when-shown';

/** An observer the test scrolls: `scroll()` shows every observed target. */
function fakeObserver() {
  const watched: { target: Element; shown: () => void; margin: string; stopped: boolean }[] = [];
  const observe: Observe = (target, shown, margin) => {
    const w = { target, shown, margin, stopped: false };
    watched.push(w);
    return () => void (w.stopped = true);
  };
  return { observe, watched, scroll: () => watched.filter((w) => !w.stopped).forEach((w) => w.shown()) };
}

describe('whenShown: work for a part of the page once it is scrolled near', () => {
  it('does nothing until the target is shown, then the work once, a screen ahead', () => {
    const io = fakeObserver();
    const section = document.createElement('section');
    let read = 0;
    whenShown(section, () => read++, io.observe);
    expect([read, io.watched.map((w) => [w.target === section, w.margin])]).toEqual([0, [[true, '100% 0px']]]);
    io.scroll();
    expect(read).toBe(1);
  });

  it('does nothing once stopped (the section left the page)', () => {
    const io = fakeObserver();
    let read = 0;
    const stop = whenShown(document.createElement('section'), () => read++, io.observe);
    stop();
    io.scroll();
    expect(read).toBe(0);
  });

  it('works at once where there is no observer, and not at all without a target', () => {
    let read = 0;
    whenShown(document.createElement('section'), () => read++, null);
    whenShown(null, () => read++, null);
    expect(read).toBe(1);
  });
});
