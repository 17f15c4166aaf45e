// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createBrowserApi } from '@/lib/api/browser-api';
import { findActiveTabId } from '@/lib/api/active-tab';
import { subscribeTabViews } from '@/lib/protocol/tab-view-hub';
import { sampleTabView } from '@/tests/support/mock-data';
import { getDb, saveItem } from '@/lib/db';
import type { TabView } from '@/lib/protocol';

afterEach(() => vi.restoreAllMocks());

beforeEach(async () => {
  fakeBrowser.reset();
  await getDb().items.clear();
});

const showTabView = (tabId: number, view: unknown) =>
  fakeBrowser.runtime.onMessage.trigger({ magpie: 1, type: 'showTabView', data: { tabId, view } }, {});

describe('tab view pushes', () => {
  it('reach every subscriber through one message handler, and stop when all unsubscribe', async () => {
    const a: number[] = [];
    const b: number[] = [];
    const stopA = subscribeTabViews((id) => a.push(id));
    const stopB = subscribeTabViews((id) => b.push(id));
    await showTabView(4, sampleTabView());
    expect(a).toEqual([4]);
    expect(b).toEqual([4]);
    stopA();
    await showTabView(5, sampleTabView());
    expect(a).toEqual([4]);
    expect(b).toEqual([4, 5]);
    stopB();
    await showTabView(6, sampleTabView());
    expect(b).toEqual([4, 5]);
  });

  it('drops malformed views', async () => {
    const seen: TabView[] = [];
    const stop = subscribeTabViews((_id, v) => seen.push(v));
    await showTabView(4, { ...sampleTabView(), savedIds: [] });
    await showTabView(4, '<img src=x>');
    expect(seen).toHaveLength(0);
    stop();
  });
});

describe('findActiveTabId', () => {
  it('takes a tabId from the page query first', async () => {
    expect(await findActiveTabId('?tabId=31')).toBe(31);
  });

  const tab = (id: number, active: boolean, lastAccessed: number) =>
    ({
      id,
      active,
      lastAccessed,
      index: id,
      highlighted: active,
      pinned: false,
      incognito: false,
      windowId: 1,
    }) as Browser.tabs.Tab;

  it('takes the active tab of the current window in the toolbar popup', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(8, true, 5)]);
    expect(await findActiveTabId('')).toBe(8);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('takes the most recently used other tab when the popup page runs in a tab itself', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(tab(9, true, 10));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(9, true, 10), tab(3, false, 7), tab(4, false, 2)]);
    expect(await findActiveTabId('')).toBe(3);
  });
});

describe('createBrowserApi wishlist calls', () => {
  it('removes with an undo token that restores the same item', async () => {
    const api = createBrowserApi();
    const saved = await saveItem({
      source: 'article',
      name: 'Ark Small Bag',
      brand: 'Cult Gaia',
      retailer: 'Nordstrom',
    });
    const token = await api.removeItem(saved.id);
    expect(await getDb().items.count()).toBe(0);
    await api.restoreItem(token);
    expect((await getDb().items.get(saved.id))?.name).toBe('Ark Small Bag');
    await expect(api.restoreItem(token)).rejects.toThrow('can no longer be undone');
    await expect(api.removeItem('k:nothing')).rejects.toThrow('no longer on the wishlist');
  });

  it('watches items live', async () => {
    const api = createBrowserApi();
    const totals: number[] = [];
    const stop = api.watchItems({}, (s) => totals.push(s.total));
    await new Promise((r) => setTimeout(r, 50));
    await saveItem({ source: 'article', name: 'Shirley Bag', brand: 'Staud' });
    await new Promise((r) => setTimeout(r, 100));
    stop();
    expect(totals[0]).toBe(0);
    expect(totals.at(-1)).toBe(1);
  });

  it('exports and imports through the database', async () => {
    const api = createBrowserApi();
    await saveItem({ source: 'article', name: 'Shirley Bag', brand: 'Staud' });
    const json = await api.exportJson();
    await getDb().items.clear();
    expect(await api.importJson(json)).toMatchObject({ added: 1 });
    await expect(api.importJson('{"format":"something-else"}')).rejects.toThrow();
  });
});
