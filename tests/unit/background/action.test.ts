import { describe, expect, it } from 'vitest';
import { onUserAction, type ActionDeps } from '@/utils/background/action';

/** `reaches`: whether the sidebar is there, ask by ask; `loader`: whether a loader takes the command, ask by ask. */
function fake(opts: { reaches: boolean[]; loader: boolean[]; video: boolean }) {
  const calls: string[] = [];
  const deps: ActionDeps = {
    reaches: async () => opts.reaches.shift() ?? false,
    command: async (tab, name) => void calls.push(`command ${tab} ${name}`),
    tellLoader: async (tab, name) => {
      const took = opts.loader.shift() ?? false;
      if (took) calls.push(`loader ${tab} ${name}`);
      return took;
    },
    holdsVideo: async () => opts.video,
    inject: async (tab) => void calls.push(`inject ${tab}`),
    openLibrary: async () => void calls.push('library'),
    wait: async () => {},
  };
  return { calls, deps };
}

describe('the toolbar button and shortcuts', () => {
  it('toggle the sidebar where there is one', async () => {
    const { calls, deps } = fake({ reaches: [true], loader: [], video: true });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['command 4 toggle-sidebar']);
  });

  it('go to the page\'s loader where the sidebar is not there yet', async () => {
    const { calls, deps } = fake({ reaches: [false], loader: [true], video: true });
    await onUserAction(4, 'focus-note', deps);
    expect(calls).toEqual(['loader 4 focus-note']);
  });

  it('inject the page\'s loader on a page with a video and none yet, then tell it', async () => {
    const { calls, deps } = fake({ reaches: [false, false], loader: [false, true], video: true });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['inject 4', 'loader 4 toggle-sidebar']);
  });

  it('take the caption once the injected script answers', async () => {
    const { calls, deps } = fake({ reaches: [false, false, false, false], loader: [false, false, false, true], video: true });
    await onUserAction(4, 'capture-caption', deps);
    expect(calls).toEqual(['inject 4', 'loader 4 capture-caption']);
  });

  it('open the library on a page with no video or one we may not enter', async () => {
    const { calls, deps } = fake({ reaches: [false], loader: [false], video: false });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['library']);
  });
});
