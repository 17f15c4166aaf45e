import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from '@/lib/content/quiet-context';
import { SETTINGS_KEY } from '@/lib/protocol/storage-keys';

// The pre-check is the first thing that reads the page: a spy stands in for it, saying "nothing here".
const precheck = vi.hoisted(() => ({ worthReading: vi.fn((_root: unknown) => false) }));
vi.mock('@/lib/detect/precheck', () => precheck);

const { runContent } = await import('@/lib/content');

let ctx: ContentScriptContext;
let sendMessage: ReturnType<typeof vi.spyOn>;

/** Runs the content script on the current document and lets its idle-time detection happen. */
async function run(): Promise<void> {
  runContent(ctx as never);
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
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the content script and the reader’s settings', () => {
  it('reads nothing from a page on a site the reader switched off: no pre-check, only "off here" for the popup', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { detectionOffSites: [location.hostname] } });
    await run();
    expect(precheck.worthReading).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    const [envelope] = sendMessage.mock.calls[0]!;
    expect(envelope).toMatchObject({ type: 'reportMentions', data: { mentions: [], off: 'site', pageTitle: '' } });
    // The origin alone: nothing of the page's address past it, nothing of its text.
    expect((envelope as { data: { pageUrl: string } }).data.pageUrl).toBe(`${location.origin}/`);
  });

  it('reads nothing and says nothing when detection is off everywhere', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { detection: false } });
    await run();
    expect(precheck.worthReading).not.toHaveBeenCalled();
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('runs the pre-check only after the settings were read, and stops there on a page that fails it', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await run();
    expect(precheck.worthReading).toHaveBeenCalledTimes(1);
    expect(get.mock.invocationCallOrder[0]).toBeLessThan(precheck.worthReading.mock.invocationCallOrder[0]!);
    // A page that fails the pre-check never wakes the background.
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
