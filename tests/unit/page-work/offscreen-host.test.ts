// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { offscreenHost, TimeoutError, type OffscreenApi } from '@/lib/page-work/offscreen-host';

/** A stand-in for Chromium's offscreen API: one document at most, created after a tick. */
function fakeApi(over: Partial<OffscreenApi> = {}) {
  let open = false;
  const api = {
    create: vi.fn(async (): Promise<void> => {
      await new Promise((ok) => setTimeout(ok, 1));
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
    }),
    exists: vi.fn(async () => open),
    close: vi.fn(async () => {
      if (!open) throw new Error('No current offscreen document.');
      open = false;
    }),
  };
  Object.assign(api, over);
  return { api, gone: () => void (open = false), isOpen: () => open };
}

afterEach(() => vi.useRealTimers());

describe('offscreenHost', () => {
  it('creates the document on first need, once for concurrent callers, and reuses it', async () => {
    const { api } = fakeApi();
    const host = offscreenHost(api);
    expect(api.create).not.toHaveBeenCalled();
    await Promise.all([host.ready(), host.ready(), host.ready()]);
    await host.ready();
    expect(api.create).toHaveBeenCalledTimes(1);
  });

  it('adopts a document an earlier worker left open', async () => {
    const { api } = fakeApi();
    await api.create();
    api.create.mockClear();
    await offscreenHost(api).ready();
    expect(api.create).not.toHaveBeenCalled();
  });

  it('re-creates the document once it is found gone', async () => {
    const fake = fakeApi();
    const host = offscreenHost(fake.api);
    await host.ready();
    fake.gone();
    host.lost();
    await host.ready();
    expect(fake.api.create).toHaveBeenCalledTimes(2);
    expect(fake.isOpen()).toBe(true);
  });

  it('counts a creation that lost the race to another one as done', async () => {
    const fake = fakeApi();
    fake.api.create.mockImplementationOnce(async () => {
      await fake.api.create();
      throw new Error('Only a single offscreen document may be created.');
    });
    await expect(offscreenHost(fake.api).ready()).resolves.toBeUndefined();
  });

  it('rejects when the document cannot be made, and tries again on the next need', async () => {
    const fake = fakeApi();
    fake.api.create.mockRejectedValueOnce(new Error('no offscreen API'));
    const host = offscreenHost(fake.api);
    await expect(host.ready()).rejects.toThrow(/no offscreen API/);
    await expect(host.ready()).resolves.toBeUndefined();
    expect(fake.api.create).toHaveBeenCalledTimes(2);
  });

  it('gives up on a creation that does not finish in time', async () => {
    vi.useFakeTimers();
    const fake = fakeApi({ create: vi.fn(() => new Promise<void>(() => undefined)) });
    const ready = offscreenHost(fake.api, 500).ready();
    const check = expect(ready).rejects.toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(501);
    await check;
  });

  it('closes a stuck document on restart, so the next need opens a fresh one', async () => {
    const fake = fakeApi();
    const host = offscreenHost(fake.api);
    await host.ready();
    await host.restart();
    expect(fake.isOpen()).toBe(false);
    await host.restart();
    await host.ready();
    expect(fake.api.create).toHaveBeenCalledTimes(2);
  });
});
