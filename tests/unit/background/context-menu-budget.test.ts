// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { handleMenuClick, MENU_ID, type MenuDeps } from '@/lib/background/context-menu';
import { readMenuLink } from '@/lib/background/context-menu-link';
import { showMenuOutcome } from '@/lib/background/context-menu-feedback';
import { createRequestBudget } from '@/lib/background/request-budget';
import { defaultDeps } from '@/lib/resolve/default-deps';
import { REASONS } from '@/lib/protocol/reasons';
import type { Fetcher } from '@/lib/resolve/fetch/fetch-types';
import type { SaveItemInput } from '@/lib/db/types';

const LINK = 'https://shop.example/products/linen-shirt';

/** A shop that answers every request with an error page, counting what it was asked. */
function countingShop() {
  const shop = { requests: 0, fetcher: {} as Fetcher };
  shop.fetcher = {
    async get() {
      shop.requests++;
      return { ok: false, failure: { kind: 'http', status: 500 } };
    },
  };
  return shop;
}

beforeEach(() => fakeBrowser.reset());

describe('the context menu’s link reading', () => {
  it('spends the clicked tab’s shop-request budget, and asks the shop nothing once it is spent', async () => {
    const shop = countingShop();
    const budget = createRequestBudget({ perTab: 2, total: 100 });
    const deps = async () => defaultDeps(shop.fetcher, { cache: undefined });
    expect(await readMenuLink(LINK, 'linen shirt', null, 4, { deps, budget })).toBeNull();
    expect(shop.requests).toBeGreaterThan(0);
    expect(shop.requests).toBeLessThanOrEqual(2);
    expect(budget.hasRoom(4)).toBe(shop.requests < 2);
    while (budget.take(4));
    const before = shop.requests;
    expect(await readMenuLink(LINK, 'linen shirt', null, 4, { deps, budget })).toBe(REASONS.budgetSpent);
    expect(shop.requests).toBe(before);
    expect(budget.hasRoom(5)).toBe(true); // another tab keeps its own
  });

  it('a click with the budget spent saves nothing and says why on the toolbar button', async () => {
    const shop = countingShop();
    const budget = createRequestBudget({ perTab: 0, total: 100 });
    const saved: SaveItemInput[] = [];
    const deps: MenuDeps = {
      loadView: async () => null,
      save: async (input) => (saved.push(input), 'id'),
      resolveLink: (url, name, retailer, tabId) =>
        readMenuLink(url, name, retailer, tabId, {
          deps: async () => defaultDeps(shop.fetcher, { cache: undefined }),
          budget,
        }),
      push: async () => undefined,
    };
    const tab = { id: 9, title: 'Blog', url: 'https://blog.example/post' };
    const outcome = await handleMenuClick({ menuItemId: MENU_ID, linkUrl: LINK, linkText: 'this shirt' }, tab, deps);
    expect(outcome).toEqual({ saved: false, reason: REASONS.budgetSpent });
    expect(saved).toHaveLength(0);
    expect(shop.requests).toBe(0);

    const action = browser.action;
    const text = vi.spyOn(action, 'setBadgeText').mockResolvedValue(undefined);
    vi.spyOn(action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    const title = vi.spyOn(action, 'setTitle').mockResolvedValue(undefined);
    await showMenuOutcome(9, outcome, 0);
    expect(text).toHaveBeenCalledWith({ tabId: 9, text: '–' });
    expect(title).toHaveBeenCalledWith({ tabId: 9, title: `Magpie: nothing saved. ${REASONS.budgetSpent}` });
  });
});
