// A long note list is drawn a screenful first and the rest a chunk per task, never all at once;
// once complete, a new note shows at once.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGrowing } from '@/components/sidebar/use-growing';
import { stubGlobal } from '../../stub-global';

function List({ total, settled = true }: { total: number; settled?: boolean }) {
  const shown = useGrowing(total, settled, 40, 150);
  return <ul>{Array.from({ length: shown }, (_, i) => <li key={i}>{i}</li>)}</ul>;
}

describe('useGrowing', () => {
  let root: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    root = document.createElement('div');
  });
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
  });
  const drawn = () => root.querySelectorAll('li').length;
  const show = (total: number, key = 'talk', settled = true) => act(() => render(<List key={key} total={total} settled={settled} />, root));
  const tick = () => act(() => void vi.advanceTimersByTime(1));
  /** The next animation frame and the task after it: the first rows have been painted. */
  const painted = () => act(() => void vi.advanceTimersByTime(17));
  /** Task after task until nothing is left to draw. */
  const drain = () => {
    for (let i = 0; i < 50; i++) tick();
  };

  it('draws the first rows at once, lets them paint, then the rest a chunk per task', () => {
    show(2000);
    expect(drawn()).toBe(40);
    tick();
    expect(drawn()).toBe(40); // no frame yet: the first rows' paint comes first
    painted();
    expect(drawn()).toBe(190);
    tick();
    expect(drawn()).toBe(340);
    drain();
    expect(drawn()).toBe(2000);
  });

  it('grows without frames too (a hidden tab draws none)', () => {
    const restore = stubGlobal('requestAnimationFrame', () => 0);
    try {
      show(2000);
      act(() => void vi.advanceTimersByTime(99));
      expect(drawn()).toBe(40);
      tick();
      expect(drawn()).toBe(190);
    } finally {
      restore();
    }
  });

  it('draws the rest in steps when it comes after the first screenful was read', () => {
    show(40, 'talk', false);
    expect(drawn()).toBe(40);
    show(2000);
    expect(drawn()).toBe(40);
    painted();
    expect(drawn()).toBe(190);
  });

  it('draws a short list whole at once', () => {
    show(12);
    expect(drawn()).toBe(12);
  });

  it('waits while the list is empty (its notes are being read), then starts with the first rows', () => {
    show(0);
    act(() => void vi.advanceTimersByTime(1000));
    show(2000);
    expect(drawn()).toBe(40);
  });

  it('shows a note added after the whole list was drawn at once', () => {
    show(500);
    painted();
    drain();
    show(501);
    expect(drawn()).toBe(501);
  });

  it('starts over for another talk', () => {
    show(500);
    painted();
    drain();
    show(800, 'other talk');
    expect(drawn()).toBe(40);
  });
});
