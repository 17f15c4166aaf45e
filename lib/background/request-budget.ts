import { SHOP_REQUESTS_PER_HOUR, SHOP_REQUESTS_PER_TAB_HOUR } from '../protocol';
import type { Fetcher } from '../resolve/fetch/fetch-types';

const HOUR_MS = 60 * 60 * 1000;

/** Shop requests allowed per tab and overall in a sliding window. */
export interface RequestBudget {
  /** Takes one request for the tab; false (nothing taken) when the tab's or everyone's budget is spent. */
  take(tabId: number): boolean;
  /** Whether the tab could take a request now. */
  hasRoom(tabId: number): boolean;
  /** Forgets a closed tab's own count (its requests still count towards the hour). */
  forgetTab(tabId: number): void;
}

/**
 * A sliding-window budget: at most `perTab` requests per tab and `total` overall within any
 * `windowMs`. Kept in memory: the background stays awake while a page keeps it busy, and a
 * restart after idling is a fresh hour anyway.
 */
export function createRequestBudget(
  opts: { perTab?: number; total?: number; windowMs?: number; now?: () => number } = {},
): RequestBudget {
  const perTab = opts.perTab ?? SHOP_REQUESTS_PER_TAB_HOUR;
  const total = opts.total ?? SHOP_REQUESTS_PER_HOUR;
  const windowMs = opts.windowMs ?? HOUR_MS;
  const now = opts.now ?? Date.now;
  const all: number[] = [];
  const tabs = new Map<number, number[]>();
  const prune = (times: number[], t: number) => {
    while (times.length > 0 && (times[0] as number) <= t - windowMs) times.shift();
  };
  const room = (tabId: number, t: number) => {
    prune(all, t);
    const mine = tabs.get(tabId) ?? [];
    prune(mine, t);
    return { mine, ok: all.length < total && mine.length < perTab };
  };
  return {
    take(tabId) {
      const t = now();
      const { mine, ok } = room(tabId, t);
      if (!ok) return false;
      mine.push(t);
      all.push(t);
      tabs.set(tabId, mine);
      return true;
    },
    hasRoom: (tabId) => room(tabId, now()).ok,
    forgetTab: (tabId) => void tabs.delete(tabId),
  };
}

/** The background's one budget, shared by every tab's runs. */
export const backgroundBudget: RequestBudget = createRequestBudget();

/** A fetcher that spends the tab's budget per request and asks nothing of the shop once it is spent. */
export function budgetedFetcher(inner: Fetcher, tabId: number, budget: RequestBudget = backgroundBudget): Fetcher {
  return {
    get(url, opts) {
      if (!budget.take(tabId)) return Promise.resolve({ ok: false, failure: { kind: 'budget-spent' } });
      return inner.get(url, opts);
    },
  };
}
