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
  it("ends the sidebar's WXT context with the loader's signal", () => {
    const loader = new AbortController();
    const ctx = contextFor(loader.signal, 'test-sidebar');
    expect(ctx.signal.aborted).toBe(false);
    loader.abort();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('comes ended when the loader already ended', () => {
    const loader = new AbortController();
    loader.abort();
    expect(contextFor(loader.signal, 'test-sidebar-2').signal.aborted).toBe(true);
  });
});
