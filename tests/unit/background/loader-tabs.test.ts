import { describe, expect, it } from 'vitest';
import { createLoaderTabs, recordingAtAddress } from '@/utils/background/loader-tabs';
import type { TalkId } from '@/utils/model/ids';

describe('recordingAtAddress', () => {
  it('names the recording of the pages a loader runs on, null for YouTube without a video, undefined elsewhere', () => {
    expect(recordingAtAddress('https://www.youtube.com/watch?v=wCa-2016Amx&t=5')).toBe('youtube:wCa-2016Amx');
    expect(recordingAtAddress('https://m.youtube.com/live/wCa-2016Amx')).toBe('youtube:wCa-2016Amx');
    expect(recordingAtAddress('https://www.youtube.com/feed/subscriptions')).toBe(null);
    expect(recordingAtAddress('https://www.youtube.com/embed/wCa-2016Amx')).toBe(null);
    expect(recordingAtAddress('https://vimeo.com/76979871')).toBe('vimeo:76979871');
    expect(recordingAtAddress('https://media.ccc.de/v/38c3-1234-a-talk')).toBe('mediaccc:38c3-1234-a-talk');
    expect(recordingAtAddress('https://conf.example/talks/1')).toBe(undefined);
    expect(recordingAtAddress('not an address')).toBe(undefined);
  });
});

describe('the loaders told of their tab', () => {
  function tabs(wanted: string[], loaderLoads = true) {
    const calls: string[] = [];
    const watcher = createLoaderTabs({
      wanted: async (r: TalkId) => wanted.includes(r),
      arrive: async (tab, recording, want) => (calls.push(`arrive ${tab} ${recording} ${want}`), want && loaderLoads),
      injectSidebar: async (tab) => void calls.push(`sidebar ${tab}`),
    });
    return { calls, watcher };
  }
  const watch = (v: string) => `https://www.youtube.com/watch?v=${v}`;

  it('tell each address once, and in-page moves too', async () => {
    const { calls, watcher } = tabs([]);
    watcher.committed(1);
    await watcher.shown(1, watch('wCa-2016Amx'));
    await watcher.shown(1, watch('wCa-2016Amx'));
    await watcher.shown(1, watch('aaaaaaaaaaa'));
    await watcher.shown(1, 'https://www.youtube.com/');
    await watcher.shown(2, 'https://example.org/');
    expect(calls).toEqual(['arrive 1 youtube:wCa-2016Amx false', 'arrive 1 youtube:aaaaaaaaaaa false', 'arrive 1 null false']);
  });

  it('tell a reloaded page again, and run the sidebar where it is wanted and the loader says so', async () => {
    const { calls, watcher } = tabs(['youtube:wCa-2016Amx']);
    await watcher.shown(3, watch('wCa-2016Amx'));
    watcher.committed(3);
    await watcher.shown(3, watch('wCa-2016Amx'));
    expect(calls).toEqual(['arrive 3 youtube:wCa-2016Amx true', 'sidebar 3', 'arrive 3 youtube:wCa-2016Amx true', 'sidebar 3']);
  });

  it('run no sidebar where the loader did not leave its handoff', async () => {
    const { calls, watcher } = tabs(['youtube:wCa-2016Amx'], false);
    await watcher.shown(3, watch('wCa-2016Amx'));
    expect(calls).toEqual(['arrive 3 youtube:wCa-2016Amx true']);
  });
});
