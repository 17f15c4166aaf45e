// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { budgetedFetcher, createRequestBudget } from '@/lib/background/request-budget';
import { configureTabRuns, resolveTab } from '@/lib/background/resolve-tabs';
import { loadTabStates } from '@/lib/background/resolve-states';
import { saveTabMentions } from '@/lib/background/tab-mentions';
import { defaultDeps } from '@/lib/resolve/default-deps';
import { REASONS } from '@/lib/protocol/reasons';
import { SHOP_REQUESTS_PER_HOUR, SHOP_REQUESTS_PER_TAB_HOUR } from '@/lib/protocol';
import type { Fetcher } from '@/lib/resolve/fetch/fetch-types';
import type { Mention } from '@/lib/detect/types';

const HOUR = 60 * 60 * 1000;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('request budget', () => {
  it('allows each tab its share per sliding hour, then refuses until the oldest request is an hour old', () => {
    const b = createRequestBudget({ perTab: 3, total: 100 });
    expect([b.take(1), b.take(1), b.take(1)]).toEqual([true, true, true]);
    expect(b.take(1)).toBe(false);
    expect(b.hasRoom(1)).toBe(false);
    expect(b.take(2)).toBe(true); // another tab has its own budget
    vi.advanceTimersByTime(HOUR - 1);
    expect(b.take(1)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(b.take(1)).toBe(true);
  });

  it('caps all tabs together per hour', () => {
    const b = createRequestBudget({ perTab: 10, total: 4 });
    expect([b.take(1), b.take(2), b.take(3), b.take(4)]).toEqual([true, true, true, true]);
    expect(b.take(5)).toBe(false);
    vi.advanceTimersByTime(HOUR);
    expect(b.take(5)).toBe(true);
  });

  it('keeps counting a closed tab’s requests towards the hour', () => {
    const b = createRequestBudget({ perTab: 2, total: 3 });
    b.take(1);
    b.take(1);
    b.forgetTab(1);
    expect(b.take(1)).toBe(true);
    expect(b.take(1)).toBe(false); // the hour's 3 are spent
  });

  it('uses the shared limits by default', () => {
    const b = createRequestBudget();
    for (let i = 0; i < SHOP_REQUESTS_PER_TAB_HOUR; i++) expect(b.take(1)).toBe(true);
    expect(b.take(1)).toBe(false);
    expect(SHOP_REQUESTS_PER_HOUR).toBeGreaterThan(SHOP_REQUESTS_PER_TAB_HOUR);
  });

  it('a budgeted fetcher asks the shop nothing once the budget is spent', async () => {
    const inner = { get: vi.fn<Fetcher['get']>(async () => ({ ok: false, failure: { kind: 'network' } })) };
    const f = budgetedFetcher(inner, 9, createRequestBudget({ perTab: 2, total: 10 }));
    await f.get('https://a.example.com/1', { kind: 'html' });
    await f.get('https://a.example.com/2', { kind: 'html' });
    expect(await f.get('https://a.example.com/3', { kind: 'html' })).toEqual({
      ok: false,
      failure: { kind: 'budget-spent' },
    });
    expect(inner.get).toHaveBeenCalledTimes(2);
  });
});

describe('a page that keeps changing its product list', () => {
  it('stops driving shop requests when its tab’s budget is spent, and says so in the states', async () => {
    vi.useRealTimers();
    fakeBrowser.reset();
    let requests = 0;
    const fetcher: Fetcher = {
      async get() {
        requests++;
        return { ok: false, failure: { kind: 'http', status: 500 } };
      },
    };
    configureTabRuns({
      deps: async () => defaultDeps(fetcher, { cache: undefined }),
      push: async () => undefined,
      budget: createRequestBudget({ perTab: 12, total: 1000 }),
    });
    const tabId = 301;
    const mention = (n: number): Mention => ({
      brand: 'Staud',
      name: `Bag number ${n}`,
      price: null,
      retailer: 'Shopbop',
      url: `https://www.shopbop.com/bag-${n}/vp/v=1/${1000 + n}.htm`,
    });
    // Forty rounds of three new products each, as a page rewriting its list would report them.
    for (let round = 0; round < 40; round++) {
      await saveTabMentions(tabId, {
        pageUrl: 'https://blog.example.com/x',
        pageTitle: 'x',
        mentions: [0, 1, 2].map((i) => mention(round * 3 + i)),
      });
      await resolveTab(tabId, { mode: 'pending' });
    }
    expect(requests).toBe(12);
    const states = (await loadTabStates(tabId))?.states ?? [];
    expect(states).toHaveLength(3);
    expect(states.every((s) => s.status === 'unavailable' && s.reason === REASONS.budgetSpent)).toBe(true);
  });
});
