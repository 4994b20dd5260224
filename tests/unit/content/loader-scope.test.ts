import { describe, expect, it } from 'vitest';
import { loaderScope } from '@/utils/content/loader-scope';
import { contextFor } from '@/utils/content/sidebar-context';

describe('loaderScope', () => {
  it('ends the loader started before it in the same world, and only that one', () => {
    const world = {};
    const other = {};
    const first = loaderScope('__loader', world);
    const elsewhere = loaderScope('__loader', other);
    expect(first.aborted).toBe(false);
    const second = loaderScope('__loader', world);
    expect([first.aborted, second.aborted, elsewhere.aborted]).toEqual([true, false, false]);
  });
});

describe('contextFor', () => {
  it("ends the sidebar's context with the loader's signal, calling what waits for its end once", () => {
    const loader = new AbortController();
    const ctx = contextFor(loader.signal);
    const ended: string[] = [];
    ctx.onInvalidated(() => ended.push('kept'));
    const stop = ctx.onInvalidated(() => ended.push('removed'));
    stop();
    expect(ctx.signal.aborted).toBe(false);
    loader.abort();
    loader.abort();
    expect([ctx.signal.aborted, ended]).toEqual([true, ['kept']]);
  });

  it('comes ended when the loader already ended', () => {
    const loader = new AbortController();
    loader.abort();
    expect(contextFor(loader.signal).signal.aborted).toBe(true);
  });
});
