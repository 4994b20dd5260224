import { describe, expect, it, vi } from 'vitest';
import type { TalkId } from '@/utils/model/ids';
import type { TalkMeta } from '@/utils/model/types';
import { followTalk } from '@/utils/content/follow-talk';
import type { SidebarModel } from '@/utils/sidebar/model';
import type { SiteAdapter } from '@/utils/sites/types';
import type { TalkRef } from '@/utils/model/talk-ref';

const ref: TalkRef = { platform: 'youtube', videoId: 'aaaaaaaaaaa', talkId: 'youtube:aaaaaaaaaaa' as TalkId, url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa' };

describe('followTalk', () => {
  it('reads the talk again when the media tells its length (after an ad, the recording loads late)', () => {
    document.body.innerHTML = '<div><video></video></div>';
    const video = document.querySelector('video')!;
    let duration: number | undefined;
    const adapter = {
      id: 'test',
      identify: () => ref,
      readMeta: () => ({ title: 'A talk', ...(duration ? { duration } : {}) }),
      observe: () => {},
    } as unknown as SiteAdapter;
    const shown: (TalkMeta | null)[] = [];
    const model = { showTalk: vi.fn(async (_r: TalkRef | null, m: TalkMeta | null) => void shown.push(m)), context: { value: null } } as unknown as SidebarModel;
    const scope = new AbortController();
    followTalk(adapter, model, () => {}, scope.signal, document);
    expect(shown.at(-1)?.duration).toBeUndefined();

    duration = 90;
    video.dispatchEvent(new Event('durationchange')); // does not bubble, as in browsers
    expect(shown.at(-1)?.duration).toBe(90);

    scope.abort();
    const count = shown.length;
    video.dispatchEvent(new Event('loadedmetadata'));
    expect(shown.length).toBe(count);
  });
});
