// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followActiveTab } from '@/components/tab-pushes';
import type { ActiveTab, TabDelta, TabView } from '@/lib/api/types';
import type { Mention } from '@/lib/detect/types';
import type { FetchOutcome } from '@/lib/resolve/fetch/fetch-types';
import { registerResolve } from '@/lib/background/resolve-register';
import { configureTabRuns } from '@/lib/background/resolve-tabs';
import { loadTabView } from '@/lib/background/resolve-view';
import { createRequestBudget } from '@/lib/background/request-budget';
import { saveTabMentions } from '@/lib/background/tab-mentions';
import { defaultDeps } from '@/lib/resolve/default-deps';
import { installFakeDnr } from './fake-dnr';

// The popup and the background together, with the message in between held up: the popup's first
// answer is read before a streamed delta is sent, and arrives after it (a loaded machine, the
// worker opening its database). Each delta carries only what changed, so a popup that drops it and
// shows the older answer waits for a state that never comes again (the e2e "5 of 19 checked" stall).

installFakeDnr();

/** Shop requests the test answers one at a time, in the order they went out. */
const requests: { url: string; answer: (o: FetchOutcome) => void }[] = [];
const viewSubs = new Set<(tabId: number, view: TabView) => void>();
const deltaSubs = new Set<(tabId: number, delta: TabDelta) => void>();
const delivered: TabDelta[] = [];

beforeAll(() => {
  const fetcher = { get: (url: string) => new Promise<FetchOutcome>((answer) => requests.push({ url, answer })) };
  configureTabRuns({
    deps: async () => defaultDeps(fetcher, { cache: undefined }),
    budget: createRequestBudget(),
    // What pushTabView and pushTabDelta send reaches the popup's subscriptions.
    push: async (tabId) => {
      const view = await loadTabView(tabId);
      if (view) viewSubs.forEach((cb) => cb(tabId, structuredClone(view)));
    },
    pushDelta: async (tabId, delta) => {
      delivered.push(delta);
      deltaSubs.forEach((cb) => cb(tabId, structuredClone(delta)));
    },
  });
  registerResolve();
});
afterAll(() => vi.restoreAllMocks());

const bag = (n: number): Mention => ({
  brand: 'Acme',
  name: `Pouch ${n}`,
  price: null,
  retailer: null,
  url: `https://shop.example/pouch-${n}`,
});
const gone: FetchOutcome = { ok: false, failure: { kind: 'http', status: 404 } };

describe('the popup following a tab while its prices stream in', () => {
  it('shows every settled state when a delta overtakes the answer to its first request', async () => {
    const tabId = 31;
    await saveTabMentions(tabId, {
      pageUrl: 'https://mag.example/p',
      pageTitle: 'Pouches',
      mentions: [bag(1), bag(2)],
    });
    await vi.waitFor(() => expect(requests).toHaveLength(2));

    let read!: () => void;
    const answerRead = new Promise<void>((r) => (read = r));
    let arrive!: () => void;
    const inTransit = new Promise<void>((r) => (arrive = r));
    let asked = 0;
    const api = {
      async getActiveTabView(): Promise<ActiveTab> {
        const results = (await fakeBrowser.runtime.onMessage.trigger(
          { magpie: 1, type: 'getTabView', data: { tabId } },
          { url: 'chrome-extension://test-extension-id/popup.html' },
        )) as { data?: TabView | null }[];
        const view = results.find((r) => r !== undefined)?.data ?? null;
        // Only the first answer is held up on its way.
        if (asked++ === 0) {
          read();
          await inTransit;
        }
        return { tabId, view };
      },
      onTabView: (cb: (tabId: number, view: TabView) => void) => (viewSubs.add(cb), () => viewSubs.delete(cb)),
      onTabDelta: (cb: (tabId: number, delta: TabDelta) => void) => (deltaSubs.add(cb), () => deltaSubs.delete(cb)),
    };
    let shown: TabView | null = null;
    const stop = followActiveTab(api, () => shown, {
      show: (tab) => void (shown = tab?.view ?? null),
      fail: (err) => {
        throw err;
      },
    });

    await answerRead;
    // The first shop answers; its state is stored and pushed while the popup's answer (both pending) travels.
    requests[0]!.answer(gone);
    await vi.waitFor(() => expect(delivered).toHaveLength(1));
    arrive();
    requests[1]!.answer(gone);
    await vi.waitFor(() => expect(delivered).toHaveLength(2));

    await vi.waitFor(() => expect(shown?.states.map((s) => s.status)).toEqual(['unavailable', 'unavailable']));
    stop();
  });
});
