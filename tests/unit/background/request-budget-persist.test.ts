// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createRequestBudget } from '@/lib/background/request-budget';
import { decodeBudget, encodeBudget, sessionBudgetStore } from '@/lib/background/request-budget-store';
import { REQUEST_BUDGET_KEY } from '@/lib/protocol';

const HOUR = 60 * 60 * 1000;
const T0 = new Date('2026-01-01T10:00:00Z').getTime();

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

/** A background started afresh: new module state (a new budget), the same storage.session. */
async function restartedBudget() {
  vi.resetModules();
  const mod = await import('@/lib/background/request-budget');
  return mod.backgroundBudget;
}

describe('the shop-request budget across service-worker restarts', () => {
  it('a restarted background still counts the hour’s requests, per tab and in all', async () => {
    const first = await restartedBudget();
    await first.ready();
    for (let i = 0; i < 5; i++) expect(first.take(1)).toBe(true);
    await first.flush();

    const next = await restartedBudget();
    expect(next).not.toBe(first);
    const b = createRequestBudget({ perTab: 6, total: 8, store: sessionBudgetStore });
    await b.ready();
    expect(b.take(1)).toBe(true); // the sixth of tab 1
    expect(b.take(1)).toBe(false);
    expect(b.take(2)).toBe(true);
    expect(b.take(2)).toBe(true);
    expect(b.take(3)).toBe(false); // 8 in the hour in all
    vi.advanceTimersByTime(HOUR);
    expect(b.take(1)).toBe(true);
  });

  it('the real background budget refuses after a restart once the tab’s 400 are spent', async () => {
    const first = await restartedBudget();
    await first.ready();
    let taken = 0;
    while (first.take(7)) taken++;
    expect(taken).toBe(400);
    await first.flush();
    const next = await restartedBudget();
    await next.ready();
    expect(next.hasRoom(7)).toBe(false);
    expect(next.hasRoom(8)).toBe(true);
  });

  it('writes once per burst, not per request', async () => {
    const set = vi.spyOn(browser.storage.session, 'set');
    const b = createRequestBudget({ store: sessionBudgetStore });
    await b.ready();
    for (let i = 0; i < 50; i++) b.take(i % 3);
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(set).toHaveBeenCalledTimes(1);
    const stored = (await browser.storage.session.get(REQUEST_BUDGET_KEY))[REQUEST_BUDGET_KEY];
    expect(JSON.stringify(stored).length).toBeLessThan(600);
  });

  it('keeps a closed tab’s requests counting towards the hour after a restart', async () => {
    const a = createRequestBudget({ perTab: 5, total: 4, store: sessionBudgetStore });
    await a.ready();
    for (let i = 0; i < 4; i++) a.take(1);
    a.forgetTab(1);
    await a.flush();
    const b = createRequestBudget({ perTab: 5, total: 4, store: sessionBudgetStore });
    await b.ready();
    expect(b.hasRoom(1)).toBe(false);
    expect(b.hasRoom(2)).toBe(false);
  });

  it('prunes to the sliding hour when written', async () => {
    const a = createRequestBudget({ store: sessionBudgetStore });
    await a.ready();
    a.take(1);
    vi.advanceTimersByTime(HOUR + 1);
    a.take(2);
    await a.flush();
    const stored = (await browser.storage.session.get(REQUEST_BUDGET_KEY))[REQUEST_BUDGET_KEY];
    expect(stored).toEqual({ v: 1, base: T0 + HOUR + 1, tabs: { '2': [0] }, gone: [] });
  });

  it('reads a damaged or forged record as bounded, or not at all', () => {
    const limits = { now: T0, windowMs: HOUR, perTab: 3, total: 5 };
    expect(decodeBudget('junk', limits)).toBeNull();
    expect(decodeBudget({ v: 2, base: T0, tabs: {} }, limits)).toBeNull();
    const forged = {
      v: 1,
      base: T0 - 10,
      tabs: { '1': Array(1000).fill(1), x: [1], '2': [1, 2, 'a', 1e12, -HOUR] },
      gone: Array(1000).fill(2),
    };
    const snap = decodeBudget(forged, limits);
    expect(snap?.tabs.get(1)).toHaveLength(3);
    expect(snap?.tabs.get(2)).toEqual([T0 - 9, T0 - 8]); // future and hour-old times dropped
    expect(snap?.tabs.has(NaN)).toBe(false);
    expect(snap?.gone).toHaveLength(0); // 5 in all already
    const round = decodeBudget(encodeBudget({ tabs: new Map([[4, [T0 - 5, T0]]]), gone: [T0 - 1] }), limits);
    expect(round).toEqual({ tabs: new Map([[4, [T0 - 5, T0]]]), gone: [T0 - 1] });
  });

  it('a browser without storage.session keeps the budget in memory', async () => {
    const b = createRequestBudget({
      perTab: 1,
      store: { load: async () => Promise.reject(new Error('x')), save: async () => undefined },
    });
    await b.ready();
    expect(b.take(1)).toBe(true);
    expect(b.take(1)).toBe(false);
  });
});
