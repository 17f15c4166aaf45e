// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background';
import { installFakeDnr } from './fake-dnr';

// The detector itself is tested in tests/unit/detect; here only what the handler does with its answer.
vi.mock('@/lib/background/find-mentions', () => ({
  findMentionsForTab: vi.fn(async () => ({
    mentions: [
      { brand: 'Acme', name: 'Moon Tote', price: { amount: 120, currency: 'USD' }, retailer: null, url: null },
      { brand: 'Acme', name: 'Sun Clutch', price: { amount: 90, currency: 'USD' }, retailer: null, url: null },
    ],
    at: [3, 8],
  })),
}));

installFakeDnr();
afterEach(() => vi.restoreAllMocks());

const tab = { id: 52, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const snapshot = { pageUrl: 'https://mag.example/bags', html: '<p>two bags</p>', truncated: false };

describe('findMentions', () => {
  it('shows the count on the button as soon as detection answers, before any report', async () => {
    const texts: { tabId: number; text: string }[] = [];
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setBadgeText = vi.fn(async (d: { tabId: number; text: string }) => void texts.push(d));
    action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, {
      contextMenus: { removeAll: async () => undefined, create: () => 0, onClicked: { addListener: () => undefined } },
    });
    registerBackground();
    const id = fakeBrowser.runtime.id;
    const ask = (frameId: number) =>
      fakeBrowser.runtime.onMessage.trigger({ magpie: 1, type: 'findMentions', data: snapshot }, { id, tab, frameId });
    await ask(4);
    // A subframe does not own the tab's count.
    expect(texts).toEqual([]);
    await ask(0);
    await vi.waitFor(() => expect(texts).toEqual([{ tabId: 52, text: '2' }]));
  });
});
