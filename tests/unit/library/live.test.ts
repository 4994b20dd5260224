import { describe, expect, it, vi } from 'vitest';
import { createLiveRefresh } from '@/utils/library/live';
import type { ChangeEvent } from '@/utils/messages/events';
import type { TalkId } from '@/utils/model/ids';
import type { ApiCall } from '@/utils/sidebar/deps';
import { aNote, aTalk, TALK_1 } from '../model/records';

const noteEvent = (talkId: TalkId = TALK_1): ChangeEvent => ({ event: 'talk.changed', talkId, talk: null, notes: [aNote({ talkId })] });

function setup() {
  const held: (() => void)[] = [];
  let stored = 1;
  const api = vi.fn(async () => {
    await new Promise<void>((r) => held.push(r));
    return { talk: aTalk(), notes: Array.from({ length: stored }, () => aNote()), draft: null, complete: true };
  }) as unknown as ApiCall & ReturnType<typeof vi.fn>;
  const putTalk = vi.fn();
  const rerunSearch = vi.fn(async () => {});
  const live = createLiveRefresh({ api, clipboard: async () => {}, saveFile: () => {}, newConferenceId: () => 'x' as never }, { putTalk, rerunSearch });
  const answer = () => held.splice(0).forEach((r) => r());
  return { live, api, putTalk, rerunSearch, answer, store: (n: number) => (stored = n) };
}

describe('the library kept in step with change events', () => {
  it('reads a talk again as soon as an event names it, without waiting on a timer', async () => {
    const { live, api, putTalk, answer } = setup();
    live.receive(noteEvent());
    expect(api).toHaveBeenCalledWith('talk.open', { talkId: TALK_1 });
    answer();
    await live.settled();
    expect(putTalk).toHaveBeenCalledWith(aTalk(), 1);
  });

  it('reads once more, not once per event, when events arrive while a read is under way; then searches again once', async () => {
    const { live, api, putTalk, rerunSearch, answer, store } = setup();
    live.receive(noteEvent());
    for (let i = 0; i < 5; i++) live.receive(noteEvent());
    store(6);
    answer();
    await vi.waitFor(() => expect(api).toHaveBeenCalledTimes(2));
    answer();
    await live.settled();
    expect(putTalk).toHaveBeenLastCalledWith(aTalk(), 6);
    expect(rerunSearch).toHaveBeenCalledTimes(1);
  });

  it('shows a talk whose details changed (no notes) from the event itself', () => {
    const { live, api, putTalk, rerunSearch } = setup();
    live.receive({ event: 'talk.changed', talkId: TALK_1, talk: aTalk({ title: 'Renamed' }), notes: [] });
    expect(putTalk).toHaveBeenCalledWith(aTalk({ title: 'Renamed' }));
    expect(rerunSearch).toHaveBeenCalledTimes(1);
    expect(api).not.toHaveBeenCalled();
  });
});
