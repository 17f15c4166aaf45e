// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background';
import { installFakeDnr } from './fake-dnr';

installFakeDnr();

afterEach(() => vi.restoreAllMocks());

const mentions = {
  pageUrl: 'https://blog.example.com/a',
  pageTitle: 'Bags',
  mentions: [
    { brand: 'Staud', name: 'Shirley Bag', price: { amount: 295, currency: 'USD' }, retailer: 'Shopbop', url: null },
  ],
};

describe('reportMentions when storage.session is full', () => {
  it('marks the tab’s button with "!" and why, instead of failing silently', async () => {
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    const calls: { text?: string; title?: string }[] = [];
    action.setBadgeText = vi.fn(async (d: { text: string }) => void calls.push({ text: d.text }));
    action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    action.setTitle = vi.fn(async (d: { title: string }) => void calls.push({ title: d.title }));
    // The fake browser has no context menus; registerBackground wires them too.
    Object.assign(fakeBrowser, {
      contextMenus: { removeAll: async () => undefined, create: () => 0, onClicked: { addListener: () => undefined } },
    });
    registerBackground();
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('Session storage quota bytes exceeded.'));
    const sender = {
      tab: { id: 41, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
      frameId: 0,
    };
    await fakeBrowser.runtime.onMessage.trigger({ magpie: 1, type: 'reportMentions', data: mentions }, sender);
    await vi.waitFor(() => expect(calls.some((c) => c.text === '!')).toBe(true));
    expect(calls.find((c) => c.title)?.title).toMatch(/session storage is full/);
  });
});
