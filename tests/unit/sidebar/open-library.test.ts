import { describe, expect, it, vi } from 'vitest';
import type { Api, RequestType } from '@/utils/messages/api';
import type { NoteId, TalkId } from '@/utils/model/ids';
import type { Talk } from '@/utils/model/types';
import { createSidebarModel } from '@/utils/sidebar/model';

const talkId = 'youtube:aaaaaaaaaaa' as TalkId;
const ref = { platform: 'youtube' as const, videoId: 'aaaaaaaaaaa', talkId, url: 'https://www.youtube.com/watch?v=aaaaaaaaaaa' };
const meta = { platform: 'youtube' as const, videoId: 'aaaaaaaaaaa', url: ref.url, title: 'Rust', speakers: [] };

function setup(stored: Talk | null) {
  const calls: [RequestType, unknown][] = [];
  const api = vi.fn(async <K extends RequestType>(type: K, payload: Api[K]['req']): Promise<Api[K]['res']> => {
    calls.push([type, payload]);
    if (type === 'talk.open') return { talk: stored, notes: [], draft: null, complete: true } as never;
    if (type === 'talk.update') return { id: talkId, title: 'Rust', speakers: [] } as never;
    if (type === 'library.open') throw new Error('no tab');
    return null as never;
  });
  const model = createSidebarModel({ api, clipboard: vi.fn(), newId: () => '00000000-0000-4000-8000-000000000001' as NoteId });
  // The programme's lookup after each talk shown is the sidebar's own business (programme.test.ts).
  return { model, calls: { slice: (n: number) => calls.filter(([type]) => type !== 'programme.match').slice(n) } };
}

describe('reaching the library from the sidebar', () => {
  it('opens the library at this talk’s details, saving the talk first when no note has made it exist', async () => {
    const { model, calls } = setup(null);
    await model.showTalk(ref, meta);
    await model.openLibrary(true);
    expect(calls.slice(1)).toEqual([
      ['talk.update', { talkId, patch: {}, meta }],
      ['library.open', { talkId }],
    ]);
  });

  it('opens the library at its top, and says so when that fails', async () => {
    const { model, calls } = setup({ id: talkId } as Talk);
    await model.showTalk(ref, meta);
    await model.openLibrary();
    expect(calls.slice(1)).toEqual([['library.open', {}]]);
    expect(model.status.value?.text).toBe('Could not open the library: no tab');
  });
});
