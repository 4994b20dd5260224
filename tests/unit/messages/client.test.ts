// Requests survive a service worker that stops: sent again while nobody answers, once answered.
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { call, RemoteError } from '@/utils/messages/client';

afterEach(() => vi.restoreAllMocks());

const payload = { talkId: 'youtube:aaaaaaaaaaa' as never };

describe('call', () => {
  it('sends again after a closed channel (no reply) and a refused connection, then returns the reply', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValueOnce(undefined) // the worker stopped mid-request: the polyfill resolves nothing
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, value: 'opened' });
    await expect(call('talk.open', payload)).resolves.toBe('opened');
    expect(send).toHaveBeenCalledTimes(3);
    // The very same request each time: the note's own id makes the retry harmless.
    expect(new Set(send.mock.calls.map((c) => JSON.stringify(c[0])))).toEqual(new Set([JSON.stringify({ type: 'talk.open', payload })]));
  });

  it('never sends again a request the background refused', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error: 'no note x' });
    await expect(call('talk.open', payload)).rejects.toEqual(new RemoteError('no note x'));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('gives up with the last error once the background stayed silent too long', async () => {
    let t = 0;
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => {
      t += 4000;
      throw new Error('Extension context invalidated.');
    });
    await expect(call('talk.open', payload, () => t)).rejects.toThrow('Extension context invalidated.');
    expect(send).toHaveBeenCalledTimes(3);
  });
});
