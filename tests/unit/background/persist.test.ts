import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '@/utils/background/persist';

describe('requestPersistence', () => {
  it('asks once when the storage is not persisted yet, and says what the browser answered', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => false, persist })).toBe('persisted');
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('refused');
  });

  it('does not ask again when the storage is persisted already', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('is a no-op where there is nothing to ask (a Chrome service worker) or asking fails', async () => {
    expect(await requestPersistence({ persisted: async () => false })).toBe('unavailable');
    expect(await requestPersistence(undefined)).toBe('unavailable');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => Promise.reject(new Error('denied')) })).toBe('unavailable');
  });
});
