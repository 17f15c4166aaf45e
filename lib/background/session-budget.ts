import { browser } from 'wxt/browser';
import {
  EVICTED_TABS_KEY,
  MAX_EVICTED_TABS,
  SESSION_INDEX_KEY,
  SESSION_TOTAL_MAX_BYTES,
  tabOfMentionsKey,
  tabOfStatesKey,
} from '../protocol';

interface Entry {
  tabId: number;
  bytes: number;
  at: number;
}
type Index = Record<string, Entry>;

/** Thrown when a tab's record cannot be kept even after evicting every other tab. */
export class SessionFullError extends Error {
  constructor() {
    super('The browser’s session storage is full: Magpie cannot keep this page’s products');
    this.name = 'SessionFullError';
  }
}

const encoder = new TextEncoder();

/** Bytes a record takes as browsers count storage quota: its key plus its JSON, as UTF-8. */
export function recordBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

function parseIndex(v: unknown): Index {
  const out: Index = {};
  if (typeof v !== 'object' || v === null) return out;
  for (const [k, e] of Object.entries(v as Record<string, unknown>)) {
    const r = e as Partial<Entry> | null;
    if (r && Number.isInteger(r.tabId) && Number.isFinite(r.bytes) && Number.isFinite(r.at)) out[k] = r as Entry;
  }
  return out;
}

let chain: Promise<unknown> = Promise.resolve();
/** Index updates run one at a time: reports from many tabs arrive at once. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = chain.then(task);
  chain = next.catch(() => undefined);
  return next;
}

let onEvict: (tabId: number) => void = () => undefined;
/** Called with each tab whose records were evicted (the background clears its badge). */
export function setEvictionListener(fn: (tabId: number) => void): void {
  onEvict = fn;
}

const total = (index: Index) => Object.values(index).reduce((n, e) => n + e.bytes, 0);

/** The least recently written tab other than `keep`, or null. */
function oldestTab(index: Index, keep: number): number | null {
  const last = new Map<number, number>();
  for (const e of Object.values(index)) if (e.tabId !== keep) last.set(e.tabId, Math.max(last.get(e.tabId) ?? 0, e.at));
  let pick: number | null = null;
  for (const [tabId, at] of last) if (pick === null || at < (last.get(pick) ?? 0)) pick = tabId;
  return pick;
}

async function evictedTabs(): Promise<number[]> {
  const v = (await browser.storage.session.get(EVICTED_TABS_KEY))[EVICTED_TABS_KEY];
  return Array.isArray(v) ? v.filter((t): t is number => Number.isInteger(t)).slice(-MAX_EVICTED_TABS) : [];
}

/** Marks a tab evicted (true) or holding its records again (false); the list keeps the newest few. */
async function markEvicted(tabId: number, evicted: boolean): Promise<void> {
  const tabs = await evictedTabs();
  if (tabs.includes(tabId) === evicted) return;
  const next = tabs.filter((t) => t !== tabId);
  if (evicted) next.push(tabId);
  await browser.storage.session.set({ [EVICTED_TABS_KEY]: next.slice(-MAX_EVICTED_TABS) });
}

/** Whether the tab's records were evicted to make room for other tabs (and it has not reported since). */
export async function wasEvicted(tabId: number): Promise<boolean> {
  return (await evictedTabs()).includes(tabId);
}

async function evict(index: Index, tabId: number): Promise<void> {
  const keys = Object.keys(index).filter((k) => index[k]?.tabId === tabId);
  for (const k of keys) delete index[k];
  await browser.storage.session.remove(keys);
  await markEvicted(tabId, true);
  onEvict(tabId);
}

/**
 * Stores one of a tab's records in storage.session within the total budget: the oldest other tabs
 * are evicted first when the total would pass it, and again if the browser still reports its
 * quota exceeded. Throws SessionFullError when nothing is left to evict. A tab's age is when it
 * last reported its page (`touch`), not when its resolve states last streamed in.
 */
export function putTabRecord(tabId: number, key: string, value: unknown, opts: { touch: boolean }): Promise<void> {
  return serial(async () => {
    const index = parseIndex((await browser.storage.session.get(SESSION_INDEX_KEY))[SESSION_INDEX_KEY]);
    const ages = Object.values(index)
      .filter((e) => e.tabId === tabId)
      .map((e) => e.at);
    const at = opts.touch || ages.length === 0 ? Date.now() : Math.max(...ages);
    // A page reported afresh holds its products again.
    if (opts.touch) await markEvicted(tabId, false);
    index[key] = { tabId, bytes: recordBytes(key, value), at };
    for (;;) {
      const budget = SESSION_TOTAL_MAX_BYTES - recordBytes(SESSION_INDEX_KEY, index);
      const victim = total(index) > budget ? oldestTab(index, tabId) : null;
      if (victim === null) break;
      await evict(index, victim);
    }
    for (;;) {
      try {
        await browser.storage.session.set({ [key]: value, [SESSION_INDEX_KEY]: index });
        return;
      } catch (err) {
        const victim = oldestTab(index, tabId);
        if (victim === null) {
          console.warn('Magpie: storage.session refused a tab record', err);
          throw new SessionFullError();
        }
        await evict(index, victim);
      }
    }
  });
}

/** Removes one of a tab's records and its index entry. */
export function removeTabRecord(key: string): Promise<void> {
  return serial(async () => {
    const index = parseIndex((await browser.storage.session.get(SESSION_INDEX_KEY))[SESSION_INDEX_KEY]);
    await browser.storage.session.remove(key);
    // A tab that navigated or closed has no dropped products left to explain.
    const tabId = tabOfMentionsKey(key) ?? tabOfStatesKey(key);
    if (tabId !== null) await markEvicted(tabId, false);
    if (key in index) {
      delete index[key];
      await browser.storage.session.set({ [SESSION_INDEX_KEY]: index });
    }
  });
}

/**
 * The longest prefix of `items` whose record stays within `maxBytes` (binary search on the
 * measured size, so a page's long links cost a few measurements, not one per item).
 */
export function fitPrefix<T>(items: readonly T[], maxBytes: number, measure: (kept: readonly T[]) => number): number {
  if (measure(items) <= maxBytes) return items.length;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(items.slice(0, mid)) <= maxBytes) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
