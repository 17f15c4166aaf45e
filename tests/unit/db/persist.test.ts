import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '@/lib/db';

afterEach(() => vi.unstubAllGlobals());

describe('requestPersistentStorage', () => {
  it('asks once when storage is not yet persistent', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persistent, and is false where the API is missing or throws', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe(false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => Promise.reject(new Error('no')), persist } });
    expect(await requestPersistentStorage()).toBe(false);
  });
});
