import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { sendFrameEvent } from '@/utils/messages/push';

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
