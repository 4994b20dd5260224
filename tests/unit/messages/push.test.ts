import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import type { ChangeEvent } from '@/utils/messages/events';
import type { TalkId } from '@/utils/model/ids';
import { broadcast, sendFrameEvent } from '@/utils/messages/push';

afterEach(() => vi.restoreAllMocks());

describe('a frame event pushed by the background', () => {
  it('goes to the one frame named', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await sendFrameEvent(4, { event: 'frame.control', control: { action: 'pause' } }, 9);
    expect(send).toHaveBeenCalledWith(4, { event: 'frame.control', control: { action: 'pause' } }, { frameId: 9 });
  });

  it('is quiet when the frame has no script of ours', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(sendFrameEvent(4, { event: 'frame.probe' })).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves any other failure in the console, without throwing at the sender', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Invalid frameId'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(sendFrameEvent(4, { event: 'frame.player', frameId: 3, report: null }, 0)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('Talk Notes: frame.player failed:', 'Invalid frameId');
  });
});

describe('a change event broadcast by the background', () => {
  it('leaves a task later, after the reply the handler that told it returns', async () => {
    const order: string[] = [];
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => {
      order.push('query');
      return [{ id: 7 }] as never;
    });
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const toPages = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const event: ChangeEvent = { event: 'talk.changed', talkId: 'youtube:aaaaaaaaaaa' as TalkId, talk: null, notes: [] };
    // As a handler does: tells, returns; its reply is sent in the microtasks that follow.
    const handled = Promise.resolve().then(() => {
      void broadcast(event);
      return 'answer';
    });
    await handled.then(async () => {
      for (let i = 0; i < 10; i++) await Promise.resolve();
      order.push('reply');
    });
    await new Promise((ok) => setTimeout(ok, 5));
    expect(order).toEqual(['reply', 'query']);
    expect(send).toHaveBeenCalledWith(7, event);
    expect(toPages).toHaveBeenCalledWith(event);
  });
});
