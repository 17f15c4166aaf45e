import { SHOP_REQUESTS_PER_HOUR, SHOP_REQUESTS_PER_TAB_HOUR } from '../protocol';
import type { Fetcher } from '../resolve/fetch/fetch-types';
import { decodeBudget, encodeBudget, sessionBudgetStore, type BudgetStore } from './request-budget-store';

const HOUR_MS = 60 * 60 * 1000;
/** Requests in one burst are written together: one storage write per second at most, not one per request. */
const WRITE_DELAY_MS = 1000;

/** Shop requests allowed per tab and overall in a sliding window. */
export interface RequestBudget {
  /** Reads the stored hour once (later calls return at once); take and hasRoom count it only after this. */
  ready(): Promise<void>;
  /** Takes one request for the tab; false (nothing taken) when the tab's or everyone's budget is spent. */
  take(tabId: number): boolean;
  /** Whether the tab could take a request now. */
  hasRoom(tabId: number): boolean;
  /** Forgets a closed tab's own count (its requests still count towards the hour). */
  forgetTab(tabId: number): void;
  /** Writes pending changes to the store now (a test's restart; otherwise they go within a second). */
  flush(): Promise<void>;
}

/**
 * A sliding-window budget: at most `perTab` requests per tab and `total` overall within any
 * `windowMs`. With a `store`, the window survives a service-worker restart (an MV3 background stops
 * after half a minute idle, and a fresh budget each time would be no budget): it is read on first
 * use and written a second after changes, pruned to the window, so it never holds more than `total` times.
 */
export function createRequestBudget(
  opts: { perTab?: number; total?: number; windowMs?: number; now?: () => number; store?: BudgetStore } = {},
): RequestBudget {
  const perTab = opts.perTab ?? SHOP_REQUESTS_PER_TAB_HOUR;
  const total = opts.total ?? SHOP_REQUESTS_PER_HOUR;
  const windowMs = opts.windowMs ?? HOUR_MS;
  const now = opts.now ?? Date.now;
  const store = opts.store;
  let all: number[] = [];
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

  let loading: Promise<void> | null = null;
  const load = async () => {
    const snap = decodeBudget(await store?.load().catch(() => null), { now: now(), windowMs, perTab, total });
    if (!snap) return;
    // Requests taken before the read finished count too.
    for (const [tabId, times] of snap.tabs)
      tabs.set(
        tabId,
        [...times, ...(tabs.get(tabId) ?? [])].sort((a, b) => a - b),
      );
    all = [...all, ...snap.gone, ...[...snap.tabs.values()].flat()].sort((a, b) => a - b);
  };
  const ready = () => (loading ??= load());

  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = async () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!store) return;
    await ready();
    const t = now();
    const owned = new Map<number, number>();
    for (const [tabId, times] of tabs) {
      prune(times, t);
      if (times.length === 0) tabs.delete(tabId);
      for (const x of times) owned.set(x, (owned.get(x) ?? 0) + 1);
    }
    prune(all, t);
    // Times no open tab owns belong to closed tabs: they still count towards the hour.
    const gone = all.filter((x) => {
      const n = owned.get(x) ?? 0;
      if (n > 0) owned.set(x, n - 1);
      return n === 0;
    });
    await store.save(encodeBudget({ tabs, gone })).catch(() => undefined);
  };
  const changed = () => {
    if (store && timer === null) timer = setTimeout(() => void flush(), WRITE_DELAY_MS);
  };

  return {
    ready,
    take(tabId) {
      const t = now();
      const { mine, ok } = room(tabId, t);
      if (!ok) return false;
      mine.push(t);
      all.push(t);
      tabs.set(tabId, mine);
      changed();
      return true;
    },
    hasRoom: (tabId) => room(tabId, now()).ok,
    forgetTab(tabId) {
      if (tabs.delete(tabId)) changed();
    },
    flush,
  };
}

/** The background's one budget, shared by every tab's runs, kept in storage.session. */
export const backgroundBudget: RequestBudget = createRequestBudget({ store: sessionBudgetStore });

/** A fetcher that spends the tab's budget per request and asks nothing of the shop once it is spent. */
export function budgetedFetcher(inner: Fetcher, tabId: number, budget: RequestBudget = backgroundBudget): Fetcher {
  return {
    async get(url, opts) {
      await budget.ready();
      if (!budget.take(tabId)) return { ok: false, failure: { kind: 'budget-spent' } };
      return inner.get(url, opts);
    },
  };
}
