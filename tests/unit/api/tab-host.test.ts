import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tabHost } from '@/lib/api/active-tab';

afterEach(() => vi.restoreAllMocks());

function tabAt(url: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as Awaited<
    ReturnType<typeof fakeBrowser.tabs.get>
  >);
}

describe('tabHost: the host of the tab the popup was opened on', () => {
  it('is the hostname of an http(s) page', async () => {
    tabAt('https://www.vogue.example/a/b?c=1');
    expect(await tabHost(7)).toBe('www.vogue.example');
  });

  it('is null where the address is unreadable (no activeTab grant) or not a web page', async () => {
    tabAt(undefined);
    expect(await tabHost(7)).toBeNull();
    tabAt('chrome://extensions/');
    expect(await tabHost(7)).toBeNull();
    tabAt('not a url');
    expect(await tabHost(7)).toBeNull();
  });

  it('is null for a tab that is gone', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('No tab with id: 7'));
    expect(await tabHost(7)).toBeNull();
  });
});
