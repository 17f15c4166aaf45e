import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_WORK_SCRIPT } from '@/lib/content/page-work-script';

// The module keeps what it loaded: each test starts from a fresh copy.
async function freshStage() {
  vi.resetModules();
  return import('@/lib/content/stage');
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__magpiePageWork;
  vi.restoreAllMocks();
});

describe('the content script’s second part', () => {
  it('is what its script provided, without loading it again', async () => {
    const { loadPageWork, providePageWork } = await freshStage();
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL');
    const module = { createPageWork: vi.fn() };
    providePageWork(module as never);
    await expect(loadPageWork()).resolves.toBe(module);
    expect(getURL).not.toHaveBeenCalled();
  });

  it('is imported from its own file in the extension, and tried again after a failed load', async () => {
    const { loadPageWork } = await freshStage();
    // The test runner cannot import an extension's address: each load fails, as a blocked one would.
    const getURL = vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('chrome-extension://magpie/nowhere.js');
    await expect(loadPageWork()).rejects.toThrow();
    await expect(loadPageWork()).rejects.toThrow();
    expect(getURL.mock.calls).toEqual([[`/${PAGE_WORK_SCRIPT}`], [`/${PAGE_WORK_SCRIPT}`]]);
  });
});
