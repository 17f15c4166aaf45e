// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabDelta, TabMentions, TabView } from '@/lib/protocol';
import { mentionIdOf } from '@/lib/mention-id';
import { registerResolve, resumePendingTabs, retryWithoutPermissionStates } from '@/lib/background/resolve-register';
import { configureTabRuns } from '@/lib/background/resolve-tabs';
import { loadTabStates, mentionsKey, saveTabStates } from '@/lib/background/resolve-states';
import { loadTabView, pushTabView } from '@/lib/background/resolve-view';
import { backgroundFetcher, hasHostPermission } from '@/lib/background/resolve-fetcher';
import { updateSettings } from '@/lib/settings';
import { saveTabMentions } from '@/lib/background/tab-mentions';
import { REASONS } from '@/lib/protocol/reasons';
import type { Mention } from '@/lib/detect/types';
import { defaultDeps } from '@/lib/resolve/default-deps';
import { startRetailHarness, type RetailHarness } from './harness';
import { installFakeDnr } from '../background/fake-dnr';

const dnr = installFakeDnr();

let h: RetailHarness;
const pushed: TabView[] = [];
const deltas: { tabId: number; delta: TabDelta }[] = [];

beforeAll(async () => {
  h = await startRetailHarness({ slowMs: 1500 });
  configureTabRuns({
    deps: async () => h.deps({ cache: false }),
    push: async (tabId) => {
      const v = await loadTabView(tabId);
      if (v) pushed.push(structuredClone(v));
    },
    pushDelta: async (tabId, delta) => void deltas.push({ tabId, delta: structuredClone(delta) }),
  });
  registerResolve({
    savedIds: async (_tab, mentions) => mentions.map((m) => (m.brand === 'Hayward' ? 'item-1' : null)),
  });
});
afterAll(() => h.server.close());

const hayward: Mention = {
  brand: 'Hayward',
  name: 'Corduroy Mini Shopper',
  price: { amount: 490, currency: 'USD' },
  retailer: 'Moda Operandi',
  url: 'https://www.modaoperandi.com/hayward-r18/corduroy-mini-shopper',
};
const gone: Mention = {
  brand: 'Theory',
  name: 'Gone Pouch',
  price: null,
  retailer: 'Net-a-Porter',
  url: 'https://www.net-a-porter.com/en-us/shop/product/theory/bags/gone-pouch/1000001',
};
const slow: Mention = {
  brand: 'Free People',
  name: 'Slow Loading Bag',
  price: null,
  retailer: 'Free People',
  url: 'https://www.freepeople.com/shop/slow-loading-bag/',
};
const fromPage = { url: 'chrome-extension://test-extension-id/popup.html' };
const fromTab = (id: number) => ({
  tab: { id, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
});

/** Delivers a protocol message to the background's handlers as `sender` would send it. */
async function ask(type: 'getTabView' | 'resolveTab', data: unknown, sender: object): Promise<TabView | null> {
  const results = (await fakeBrowser.runtime.onMessage.trigger({ magpie: 1, type, data }, sender)) as unknown as (
    { data?: TabView | null; error?: string } | undefined
  )[];
  const answer = results.find((r) => r !== undefined);
  if (!answer || answer.error) throw new Error(`no answer to ${type}: ${answer?.error}`);
  return answer.data ?? null;
}

const page = (mentions: Mention[]): TabMentions => ({
  pageUrl: 'https://thefashionspot.com/x/',
  pageTitle: 'Micro purses',
  mentions,
});

async function settled(tabId: number): Promise<TabView> {
  let view: TabView | null = null;
  await vi.waitFor(
    async () => {
      view = await loadTabView(tabId);
      expect(view?.states.every((s) => s.status !== 'pending')).toBe(true);
    },
    { timeout: 10_000, interval: 20 },
  );
  return view!;
}

describe('background resolve wiring', () => {
  it('starts resolving as soon as a tab’s mentions are stored, and streams each state', async () => {
    const tabId = 101;
    pushed.length = 0;
    deltas.length = 0;
    await saveTabMentions(tabId, page([hayward, gone]));
    const view = await settled(tabId);
    await vi.waitFor(() => expect(deltas.flatMap((d) => d.delta.changes)).toHaveLength(2));
    expect(view.states[0]).toMatchObject({ status: 'resolved', listing: { price: 350 } });
    expect(view.states[1]).toEqual({ status: 'unavailable', reason: REASONS.notFound(404) });
    expect(view.savedIds).toEqual(['item-1', null]);
    // First push: the whole view, all pending; then only what changed, each mention once, as stored.
    expect(pushed[0]?.states.map((s) => s.status)).toEqual(['pending', 'pending']);
    expect(pushed.length).toBe(1);
    const changes = deltas.flatMap((d) => d.delta.changes).sort((a, b) => a.index - b.index);
    expect(changes).toEqual([
      { index: 0, id: mentionIdOf(hayward), state: view.states[0] },
      { index: 1, id: mentionIdOf(gone), state: view.states[1] },
    ]);
    expect(deltas.every((d) => d.tabId === tabId && d.delta.count === 2 && d.delta.pageUrl === view.pageUrl)).toBe(
      true,
    );
    expect((await loadTabStates(tabId))?.key).toBe(mentionsKey([hayward, gone]));
  });

  it('answers getTabView: any tab for an extension page, only its own tab for a content script', async () => {
    const tabId = 102;
    await saveTabMentions(tabId, page([hayward]));
    await settled(tabId);
    const popup = await ask('getTabView', { tabId }, fromPage);
    expect(popup?.states[0]?.status).toBe('resolved');
    expect(popup?.mentions).toEqual([hayward]);
    expect((await ask('getTabView', {}, fromTab(tabId)))?.states[0]?.status).toBe('resolved');
    // A content script cannot read another tab's view by naming it.
    expect(await ask('getTabView', { tabId }, fromTab(999))).toBeNull();
    expect(await ask('getTabView', { tabId }, { ...fromTab(tabId), frameId: 3 })).toBeNull();
    expect(await ask('getTabView', { tabId: 99999 }, fromPage)).toBeNull();
    expect(await ask('getTabView', { tabId: -1 }, fromPage)).toBeNull();
    expect(await ask('getTabView', 'junk', fromPage)).toBeNull();
  });

  it('re-resolves every mention on resolveTab', async () => {
    const tabId = 103;
    await saveTabMentions(tabId, page([hayward]));
    await settled(tabId);
    const path = '/retail/www.modaoperandi.com/hayward-r18/corduroy-mini-shopper';
    const before = h.web.hits.get(path) ?? 0;
    pushed.length = 0;
    await ask('resolveTab', { tabId, force: true }, fromPage);
    await vi.waitFor(() => expect(h.web.hits.get(path)).toBe(before + 1));
    await settled(tabId);
    expect(pushed[0]?.states[0]?.status).toBe('pending');
  });

  it('drops a run’s results when the tab’s mentions change under it', async () => {
    const tabId = 104;
    await saveTabMentions(tabId, page([slow]));
    await vi.waitFor(async () => expect((await loadTabStates(tabId))?.states[0]?.status).toBe('pending'));
    await saveTabMentions(tabId, page([hayward]));
    const view = await settled(tabId);
    expect(view.mentions).toEqual([hayward]);
    expect(view.states).toHaveLength(1);
    expect(view.states[0]?.status).toBe('resolved');
  });

  it('forgets a closed tab’s states', async () => {
    const tabId = 105;
    await saveTabMentions(tabId, page([gone]));
    await settled(tabId);
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await loadTabStates(tabId)).toBeNull());
  });

  it('finishes pending states after a service-worker restart, keeping settled ones', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://thefashionspot.com/x/' });
    const tabId = tab.id!;
    await saveTabMentions(tabId, page([gone, hayward]));
    await settled(tabId);
    // As a restart leaves it: states in storage.session with one still pending, no run in memory.
    const key = mentionsKey([gone, hayward]);
    await saveTabStates(tabId, {
      key,
      states: [{ status: 'unavailable', reason: 'kept from before' }, { status: 'pending' }],
    });
    await resumePendingTabs();
    const view = await settled(tabId);
    expect(view.states[0]).toEqual({ status: 'unavailable', reason: 'kept from before' });
    expect(view.states[1]?.status).toBe('resolved');
  });

  it('drops stored states of a tab that closed while the worker was down', async () => {
    const tabId = 4242;
    await saveTabStates(tabId, { key: 'x', states: [{ status: 'pending' }] });
    await resumePendingTabs();
    expect(await loadTabStates(tabId)).toBeNull();
  });
});

describe('host permissions', () => {
  it('says live checks are off without a grant, and checks again once granted', async () => {
    await fakeBrowser.storage.local.set({ 'test:retailOrigin': h.server.url });
    configureTabRuns({ deps: async () => defaultDeps(await backgroundFetcher(), { cache: undefined }) });
    try {
      const tabId = 107;
      await saveTabMentions(tabId, page([hayward]));
      expect((await settled(tabId)).states[0]).toEqual({ status: 'unavailable', reason: REASONS.noPermission });
      const spy = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
      await retryWithoutPermissionStates();
      await vi.waitFor(async () => expect((await loadTabView(tabId))?.states[0]?.status).toBe('resolved'));
      spy.mockRestore();
    } finally {
      configureTabRuns({ deps: async () => h.deps({ cache: false }) });
      await fakeBrowser.storage.local.remove('test:retailOrigin');
    }
  });
});

describe('background fetcher', () => {
  it('treats a shop as not granted when the permission check fails or says no', async () => {
    expect(await hasHostPermission('https://www.zara.com')).toBe(false);
    const spy = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    expect(await hasHostPermission('https://www.zara.com')).toBe(true);
    expect(spy).toHaveBeenCalledWith({ origins: ['https://www.zara.com/*', 'http://*/*', 'https://*/*'] });
    spy.mockRestore();
  });

  it('fetches nothing unless the network guard’s rules are installed', async () => {
    const spy = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    try {
      const { installNetGuard } = await import('@/lib/background/net-guard');
      dnr.fail = true;
      dnr.rules = [];
      vi.resetModules();
      const fresh = await import('@/lib/background/resolve-fetcher');
      expect(await fresh.hasHostPermission('https://www.zara.com')).toBe(false);
      dnr.fail = false;
      expect(await fresh.hasHostPermission('https://www.zara.com')).toBe(true);
      expect(await installNetGuard()).toBe(true);
      expect(dnr.rules.some((r) => r.action.type === 'block' && r.condition.regexFilter.includes('127'))).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });

  it('fetches nothing while the reader has live prices off, even with the host granted (Firefox grants at install)', async () => {
    const spy = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    try {
      await updateSettings((s) => ({ ...s, livePrices: false }));
      expect(await hasHostPermission('https://www.zara.com')).toBe(false);
      await updateSettings((s) => ({ ...s, livePrices: true }));
      expect(await hasHostPermission('https://www.zara.com')).toBe(true);
    } finally {
      spy.mockRestore();
      await fakeBrowser.storage.local.remove('settings');
    }
  });

  it('in a test build, sends shop fetches to the retail origin in storage.local', async () => {
    await fakeBrowser.storage.local.set({ 'test:retailOrigin': h.server.url });
    const spy = vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation(async (p) =>
        (p.origins ?? []).every((o) => o.startsWith('http://127.0.0.1') || o === 'http://*/*' || o === 'https://*/*'),
      );
    const out = await (
      await backgroundFetcher()
    ).get('https://www.zara.com/us/en/rigid-printed-minaudiere-p16340004.html', { kind: 'html' });
    expect(out.ok && out.page.url).toBe('https://www.zara.com/us/en/rigid-printed-minaudiere-p16340004.html');
    spy.mockRestore();
    await fakeBrowser.storage.local.remove('test:retailOrigin');
  });

  it('pushes a view to the tab’s top frame and to extension pages, ignoring “no receiver”', async () => {
    const tabId = 106;
    await saveTabMentions(tabId, page([gone]));
    await settled(tabId);
    const toTab = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist.'));
    const toPages = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(pushTabView(tabId)).resolves.toBeUndefined();
    expect(toTab).toHaveBeenCalledWith(tabId, expect.objectContaining({ type: 'showTabView' }), { frameId: 0 });
    expect(toPages).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'showTabView', data: expect.objectContaining({ tabId }) }),
    );
    toTab.mockRestore();
    toPages.mockRestore();
  });
});
