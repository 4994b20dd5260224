import { describe, expect, it } from 'vitest';
import { onUserAction, type ActionDeps } from '@/utils/background/action';

function fake(opts: { reaches: boolean[]; video: boolean }) {
  const calls: string[] = [];
  const deps: ActionDeps = {
    reaches: async () => opts.reaches.shift() ?? true,
    command: async (tab, name) => void calls.push(`command ${tab} ${name}`),
    holdsVideo: async () => opts.video,
    inject: async (tab) => void calls.push(`inject ${tab}`),
    openLibrary: async () => void calls.push('library'),
    wait: async () => {},
  };
  return { calls, deps };
}

describe('the toolbar button and shortcuts', () => {
  it('toggle the sidebar where there is one', async () => {
    const { calls, deps } = fake({ reaches: [true], video: true });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['command 4 toggle-sidebar']);
  });

  it('inject the page\'s loader on a page with a video and no sidebar yet, then tell it to show the sidebar', async () => {
    const { calls, deps } = fake({ reaches: [false, false, true], video: true });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['inject 4', 'command 4 toggle-sidebar']);
  });

  it('focus the note box once the injected script answers', async () => {
    const { calls, deps } = fake({ reaches: [false, false, false, true], video: true });
    await onUserAction(4, 'focus-note', deps);
    expect(calls).toEqual(['inject 4', 'command 4 focus-note']);
  });

  it('take the caption once the injected script answers', async () => {
    const { calls, deps } = fake({ reaches: [false, false, true], video: true });
    await onUserAction(4, 'capture-caption', deps);
    expect(calls).toEqual(['inject 4', 'command 4 capture-caption']);
  });

  it('open the library on a page with no video or one we may not enter', async () => {
    const { calls, deps } = fake({ reaches: [false], video: false });
    await onUserAction(4, 'toggle-sidebar', deps);
    expect(calls).toEqual(['library']);
  });
});
