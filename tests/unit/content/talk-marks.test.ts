import { describe, expect, it, vi } from 'vitest';
import type { MarksEvent } from '@/utils/messages/events';
import type { TalkId } from '@/utils/model/ids';
import { createMarkStore } from '@/utils/content/talk-marks';
import type { ApiCall } from '@/utils/sidebar/deps';
import { loopback } from '../background/loopback';

const STREAM = 'youtube:stream00000' as TalkId;

/** A tab's mark store over the real background (loopback), with the background's events delivered to it. */
async function tabs() {
  const bg = await loopback();
  const listeners: ((e: MarksEvent) => void)[] = [];
  const deliver = async () => {
    for (const e of bg.marks.splice(0)) for (const l of listeners) l(e);
  };
  const tab = (api: ApiCall = bg.api) => {
    const store = createMarkStore(new AbortController().signal, { api, onMarks: (l) => void listeners.push(l) });
    const heard = vi.fn();
    store.subscribe(heard, new AbortController().signal);
    return { store, heard };
  };
  return { bg, tab, deliver };
}

describe('the hand marks a tab sees', () => {
  it('are asked of the background on first look, and listeners hear the answer', async () => {
    const { bg, tab } = await tabs();
    await bg.api('marks.add', { recording: STREAM, at: 600 });
    const { store, heard } = tab();
    expect(store.get(STREAM)).toEqual([]);
    await vi.waitFor(() => expect(store.get(STREAM)).toEqual([600]));
    expect(heard).toHaveBeenCalled();
  });

  it('show a new mark at once, keep it stored, and reach the other tabs', async () => {
    const { bg, tab, deliver } = await tabs();
    const one = tab();
    const two = tab();
    two.store.get(STREAM);
    one.store.add(STREAM, 3120);
    expect(one.store.get(STREAM)).toEqual([3120]);
    await vi.waitFor(async () => expect(await bg.api('marks.get', { recording: STREAM })).toEqual([3120]));
    await deliver();
    expect(two.store.get(STREAM)).toEqual([3120]);
  });

  it('go back to what is stored when storing a mark failed', async () => {
    const { bg, tab } = await tabs();
    await bg.api('marks.add', { recording: STREAM, at: 600 });
    const failing: ApiCall = async (type, payload) => {
      if (type === 'marks.add') throw new Error('disk full');
      return bg.api(type, payload);
    };
    const { store } = tab(failing);
    store.get(STREAM);
    await vi.waitFor(() => expect(store.get(STREAM)).toEqual([600]));
    store.add(STREAM, 1800);
    expect(store.get(STREAM)).toEqual([600, 1800]);
    await vi.waitFor(() => expect(store.get(STREAM)).toEqual([600]));
  });
});
