import { browser } from 'wxt/browser';
import { REQUEST_BUDGET_KEY } from '../protocol';

/** The requests a budget counts: each tab's own times, and closed tabs' times that still count towards the hour. */
export interface BudgetSnapshot {
  tabs: Map<number, number[]>;
  gone: number[];
}

/** Where a budget keeps its last hour across service-worker restarts. */
export interface BudgetStore {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

/** What is stored: times as whole milliseconds after `base`, so 1,500 requests take a few kilobytes. */
interface Stored {
  v: 1;
  base: number;
  tabs: Record<string, number[]>;
  gone: number[];
}

/** A snapshot in its stored form. */
export function encodeBudget(snap: BudgetSnapshot): Stored {
  const every = [...snap.gone, ...[...snap.tabs.values()].flat()];
  const base = every.length > 0 ? Math.floor(Math.min(...every)) : 0;
  const rel = (times: number[]) => times.map((t) => Math.round(t - base));
  const tabs: Record<string, number[]> = {};
  for (const [tabId, times] of snap.tabs) if (times.length > 0) tabs[String(tabId)] = rel(times);
  return { v: 1, base, tabs, gone: rel(snap.gone) };
}

/**
 * A stored budget read back, validated as untrusted: only times within the window before `now`,
 * at most `perTab` per tab and `total` in all (the newest kept), so a damaged or forged record
 * can neither grow the budget's memory nor make it refuse for longer than an hour. Null when unreadable.
 */
export function decodeBudget(
  v: unknown,
  limits: { now: number; windowMs: number; perTab: number; total: number },
): BudgetSnapshot | null {
  if (typeof v !== 'object' || v === null) return null;
  const s = v as Partial<Stored>;
  if (s.v !== 1 || !Number.isFinite(s.base) || typeof s.tabs !== 'object' || s.tabs === null) return null;
  const base = s.base as number;
  const times = (list: unknown, max: number): number[] =>
    (Array.isArray(list) ? list : [])
      .filter((n): n is number => Number.isFinite(n))
      .map((n) => base + n)
      .filter((t) => t > limits.now - limits.windowMs && t <= limits.now)
      .sort((a, b) => a - b)
      .slice(max > 0 ? -max : Infinity); // slice(-0) would keep everything
  const tabs = new Map<number, number[]>();
  let count = 0;
  for (const [key, list] of Object.entries(s.tabs)) {
    if (!/^-?\d{1,10}$/.test(key) || count >= limits.total) continue;
    const kept = times(list, Math.min(limits.perTab, limits.total - count));
    if (kept.length > 0) tabs.set(Number(key), kept);
    count += kept.length;
  }
  return { tabs, gone: times(s.gone, limits.total - count) };
}

/** storage.session, where the background's budget lives; a browser without it keeps the budget in memory only. */
export const sessionBudgetStore: BudgetStore = {
  async load() {
    if (!browser.storage.session) return null;
    return (await browser.storage.session.get(REQUEST_BUDGET_KEY))[REQUEST_BUDGET_KEY] ?? null;
  },
  async save(value) {
    if (!browser.storage.session) return;
    await browser.storage.session.set({ [REQUEST_BUDGET_KEY]: value });
  },
};
