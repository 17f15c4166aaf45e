import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/lib/content/quiet-context';
import { SETTINGS_KEY } from '@/lib/protocol/storage-keys';

// The pre-check is the first thing that reads the page: a spy stands in for it, saying "nothing here".
const precheck = vi.hoisted(() => ({ worthReading: vi.fn((_root: unknown) => false) }));
vi.mock('@/lib/detect/precheck', () => precheck);

const { runContent } = await import('@/lib/content');
const pageWork = await import('@/lib/content/page-work-module');

let ctx: ContentScriptContext;
let sendMessage: ReturnType<typeof vi.spyOn>;
// The second part of the content script: the test's module rather than the extension's own script.
let loadWork: ReturnType<typeof vi.fn<() => Promise<typeof pageWork>>>;

/** Runs the content script on the current document and lets its idle-time detection happen. */
async function run(): Promise<void> {
  runContent(ctx as never, loadWork);
  await vi.advanceTimersByTimeAsync(3000);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  precheck.worthReading.mockClear();
  // A shopping page: were it read, it would be worth reading.
  document.body.innerHTML = '<main><h1>Bags</h1><p>Tote, $89 at <a href="https://shop.example/p/1">Shop</a></p></main>';
  sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ magpie: 1, data: null });
  ctx = new ContentScriptContext('content');
  loadWork = vi.fn(async () => pageWork);
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the content script and the reader’s settings', () => {
  it('does nothing past the pre-check on a page that fails it: no settings read, no message, no second part', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await run();
    expect(precheck.worthReading).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
    expect(loadWork).not.toHaveBeenCalled();
  });

  it('on a site the reader switched off, reads nothing past the pre-check and only says "off here" for the popup', async () => {
    precheck.worthReading.mockReturnValue(true);
    try {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { detectionOffSites: [location.hostname] } });
      await run();
      expect(sendMessage).toHaveBeenCalledTimes(1);
      const [envelope] = sendMessage.mock.calls[0]!;
      expect(envelope).toMatchObject({ type: 'reportMentions', data: { mentions: [], off: 'site', pageTitle: '' } });
      // The origin alone: nothing of the page's address past it, nothing of its text.
      expect((envelope as { data: { pageUrl: string } }).data.pageUrl).toBe(`${location.origin}/`);
      // Nor is the page tested again or watched as it changes.
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'More bags' }));
      await vi.advanceTimersByTimeAsync(6000);
      expect(precheck.worthReading).toHaveBeenCalledTimes(1);
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });

  it('says nothing when detection is off everywhere, even on a page that passes', async () => {
    precheck.worthReading.mockReturnValue(true);
    try {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { detection: false } });
      await run();
      expect(sendMessage).not.toHaveBeenCalled();
      expect(loadWork).not.toHaveBeenCalled();
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });

  it('reads the settings once a page passes, before anything is sent', async () => {
    precheck.worthReading.mockReturnValue(true);
    try {
      sendMessage.mockResolvedValue({ magpie: 1, data: { mentions: [], at: [] } });
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      await run();
      expect(get).toHaveBeenCalledTimes(1);
      expect(precheck.worthReading.mock.invocationCallOrder[0]).toBeLessThan(get.mock.invocationCallOrder[0]!);
      expect(get.mock.invocationCallOrder[0]).toBeLessThan(sendMessage.mock.invocationCallOrder[0]!);
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });
});

describe('the content script’s second part', () => {
  it('is loaded once a page passes the pre-check, and once only however often the page is read again', async () => {
    precheck.worthReading.mockReturnValue(true);
    try {
      sendMessage.mockResolvedValue({ magpie: 1, data: { mentions: [], at: [] } });
      await run();
      expect(loadWork).toHaveBeenCalledTimes(1);
      // The snapshot went to the background's detector.
      expect(sendMessage.mock.calls.map((call: unknown[]) => (call[0] as { type: string }).type)).toEqual([
        'findMentions',
      ]);
      // The page changes: read again, with the part already loaded.
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'More bags' }));
      await vi.advanceTimersByTimeAsync(6000);
      expect(precheck.worthReading).toHaveBeenCalledTimes(2);
      expect(loadWork).toHaveBeenCalledTimes(1);
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });

  it('takes the answer to its report as the controls’ first view, without asking for it again', async () => {
    precheck.worthReading.mockReturnValue(true);
    const mention = {
      brand: 'Acme',
      name: 'Canvas Tote',
      price: null,
      retailer: null,
      url: 'https://shop.example/p/1',
    };
    const view = {
      pageUrl: location.href,
      pageTitle: '',
      mentions: [mention],
      states: [{ status: 'pending' }],
      savedIds: ['saved-1'],
    };
    try {
      sendMessage.mockImplementation(async (envelope: unknown) => {
        const { type } = envelope as { type: string };
        if (type === 'findMentions') return { magpie: 1, data: { mentions: [mention], at: [5] } };
        return { magpie: 1, data: type === 'reportMentions' ? view : null };
      });
      await run();
      const types = sendMessage.mock.calls.map((call: unknown[]) => (call[0] as { type: string }).type);
      // No getTabView: the report's answer was the view.
      expect(types).toEqual(['findMentions', 'reportMentions']);
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });

  it('is loaded on a site the reader switched off only to say so', async () => {
    precheck.worthReading.mockReturnValue(true);
    try {
      await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { detectionOffSites: [location.hostname] } });
      await run();
      expect(loadWork).toHaveBeenCalledTimes(1);
      expect(sendMessage.mock.calls.map((call: unknown[]) => (call[0] as { type: string }).type)).toEqual([
        'reportMentions',
      ]);
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });

  it('does not break the page when it cannot be loaded', async () => {
    precheck.worthReading.mockReturnValue(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      loadWork.mockRejectedValue(new Error('blocked'));
      await run();
      expect(loadWork).toHaveBeenCalled();
      expect(sendMessage).not.toHaveBeenCalled();
      expect(warn).toHaveBeenCalled();
    } finally {
      precheck.worthReading.mockReturnValue(false);
    }
  });
});
