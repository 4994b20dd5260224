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

  it('tell each address once, when the page is complete, and in-page moves too', async () => {
    const { calls, watcher } = tabs([]);
    await watcher.updated(1, { status: 'loading', url: watch('wCa-2016Amx') }, { status: 'loading', url: watch('wCa-2016Amx') });
    await watcher.updated(1, { status: 'complete' }, { status: 'complete', url: watch('wCa-2016Amx') });
    await watcher.updated(1, { title: 'x' } as object, { status: 'complete', url: watch('wCa-2016Amx') });
    await watcher.updated(1, { url: watch('aaaaaaaaaaa') }, { status: 'complete', url: watch('aaaaaaaaaaa') });
    await watcher.updated(1, { url: 'https://www.youtube.com/' }, { status: 'complete', url: 'https://www.youtube.com/' });
    await watcher.updated(2, { status: 'complete' }, { status: 'complete', url: 'https://example.org/' });
    expect(calls).toEqual(['arrive 1 youtube:wCa-2016Amx false', 'arrive 1 youtube:aaaaaaaaaaa false', 'arrive 1 null false']);
  });

  it('tell a reloaded page again, and run the sidebar where it is wanted and the loader says so', async () => {
    const { calls, watcher } = tabs(['youtube:wCa-2016Amx']);
    const complete = { status: 'complete', url: watch('wCa-2016Amx') };
    await watcher.updated(3, { status: 'complete' }, complete);
    await watcher.updated(3, { status: 'loading' }, { status: 'loading', url: complete.url });
    await watcher.updated(3, { status: 'complete' }, complete);
    expect(calls).toEqual(['arrive 3 youtube:wCa-2016Amx true', 'sidebar 3', 'arrive 3 youtube:wCa-2016Amx true', 'sidebar 3']);
  });

  it('run no sidebar where the loader did not leave its handoff', async () => {
    const { calls, watcher } = tabs(['youtube:wCa-2016Amx'], false);
    await watcher.updated(3, { status: 'complete' }, { status: 'complete', url: watch('wCa-2016Amx') });
    expect(calls).toEqual(['arrive 3 youtube:wCa-2016Amx true']);
  });
});
