// The browser's own messaging as the pages' scripts use it, with the polyfill's meanings kept:
// a port closed without an answer is no answer, the background's rejection is an error here,
// and an answer goes through sendResponse with the channel kept open (Chromium's way).
import { describe, expect, it } from 'vitest';
import type Browser from 'webextension-polyfill';
import { addAnswering, sendMessage } from '@/utils/messages/native';

const sending = (send: () => Promise<unknown>) => ({ runtime: { sendMessage: send } }) as unknown as typeof Browser;

describe('sendMessage', () => {
  it('gives the answer', async () => {
    expect(await sendMessage({ type: 'x' }, sending(async () => ({ ok: true, value: 1 })))).toEqual({ ok: true, value: 1 });
  });

  it('takes a port closed before any answer for no answer', async () => {
    const closed = sending(async () => {
      throw new Error('The message port closed before a response was received.');
    });
    expect(await sendMessage({ type: 'x' }, closed)).toBeUndefined();
  });

  it('passes other failures on', async () => {
    const nobody = sending(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await expect(sendMessage({ type: 'x' }, nobody)).rejects.toThrow('Could not establish connection');
  });

  it("turns the polyfill's rejection from the background into an error", async () => {
    const rejected = sending(async () => ({ __mozWebExtensionPolyfillReject__: true, message: 'the store is closed' }));
    await expect(sendMessage({ type: 'x' }, rejected)).rejects.toThrow('the store is closed');
  });
});

describe('addAnswering', () => {
  type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;
  function listening() {
    const listeners = new Set<Listener>();
    const api = { runtime: { onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) } } } as unknown as typeof Browser;
    const deliver = (message: unknown) =>
      new Promise<{ returned: unknown[]; reply: unknown }>((resolve) => {
        const returned = [...listeners].map((l) => l(message, {}, (reply) => resolve({ returned, reply })));
        if (!returned.includes(true)) resolve({ returned, reply: 'no answer' });
      });
    return { api, listeners, deliver };
  }

  it('answers through sendResponse, keeps the channel open, and leaves other messages alone', async () => {
    const { api, deliver } = listening();
    addAnswering((m) => ((m as { q?: string }).q === 'caption' ? Promise.resolve({ text: 'Hello' }) : undefined), undefined, api);
    expect(await deliver({ q: 'caption' })).toEqual({ returned: [true], reply: { text: 'Hello' } });
    expect(await deliver({ q: 'other' })).toEqual({ returned: [undefined], reply: 'no answer' });
  });

  it('answers a failure as the polyfill would, and stops when the signal aborts', async () => {
    const { api, listeners, deliver } = listening();
    const life = new AbortController();
    addAnswering(() => Promise.reject(new Error('no player')), life.signal, api);
    expect((await deliver({})).reply).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'no player' });
    life.abort();
    expect(listeners.size).toBe(0);
  });
});
