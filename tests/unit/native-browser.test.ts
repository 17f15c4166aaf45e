import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from '@/lib/native-browser';

afterEach(() => vi.unstubAllGlobals());

describe('the content script’s native extension API', () => {
  it('is Firefox’s `browser` where it exists, else Chromium’s `chrome`', () => {
    const chromeApi = { runtime: { id: 'chrome-id' } };
    const firefoxApi = { runtime: { id: 'gecko-id' } };
    vi.stubGlobal('chrome', chromeApi);
    vi.stubGlobal('browser', undefined);
    expect(browser.runtime.id).toBe('chrome-id');
    vi.stubGlobal('browser', firefoxApi);
    expect(browser.runtime.id).toBe('gecko-id');
  });

  it('touches nothing until a property is read', () => {
    const touched = vi.fn(() => ({ id: 'x' }));
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {
      get runtime() {
        return touched();
      },
    });
    const api = browser;
    expect(touched).not.toHaveBeenCalled();
    expect(api.runtime.id).toBe('x');
    expect(touched).toHaveBeenCalled();
  });
});
