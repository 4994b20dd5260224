// A long note list is drawn a screenful first and the rest a chunk per task, never all at once;
// once complete, a new note shows at once.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGrowing } from '@/components/sidebar/use-growing';

function List({ total }: { total: number }) {
  const shown = useGrowing(total, 40, 150);
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
  const show = (total: number, key = 'talk') => act(() => render(<List key={key} total={total} />, root));
  const tick = () => act(() => void vi.advanceTimersByTime(1));
  /** Task after task until nothing is left to draw. */
  const drain = () => {
    for (let i = 0; i < 50; i++) tick();
  };

  it('draws the first rows at once and the rest a chunk per task', () => {
    show(2000);
    expect(drawn()).toBe(40);
    tick();
    expect(drawn()).toBe(190);
    drain();
    expect(drawn()).toBe(2000);
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
    drain();
    show(501);
    expect(drawn()).toBe(501);
  });

  it('starts over for another talk', () => {
    show(500);
    drain();
    show(800, 'other talk');
    expect(drawn()).toBe(40);
  });
});
