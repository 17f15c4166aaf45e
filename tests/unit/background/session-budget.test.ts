// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadTabMentions, saveTabMentions } from '@/lib/background/tab-mentions';
import { loadTabStates, saveTabStates } from '@/lib/background/resolve-states';
import { fitPrefix, recordBytes, SessionFullError, setEvictionListener } from '@/lib/background/session-budget';
import {
  SESSION_INDEX_KEY,
  SESSION_TOTAL_MAX_BYTES,
  TAB_MENTIONS_MAX_BYTES,
  TAB_STATES_MAX_BYTES,
  type TabMentions,
} from '@/lib/protocol';
import { REASONS } from '@/lib/protocol/reasons';
import type { ResolveState } from '@/lib/protocol/resolve-state';

const CHROME_QUOTA = 10 * 1024 * 1024;

/** A page's 200 products with long affiliate links, as a hostile or just heavy page reports them. */
function heavyPage(tab: number, count = 200, linkChars = 3500): TabMentions {
  return {
    pageUrl: `https://blog.example.com/${tab}`,
    pageTitle: `Page ${tab}`,
    mentions: Array.from({ length: count }, (_, i) => ({
      brand: 'Staud',
      name: `Bag ${tab}-${i}`,
      price: { amount: 100 + i, currency: 'USD' },
      retailer: 'Shopbop',
      url: `https://go.example.net/click?u=${'x'.repeat(linkChars)}&i=${i}`,
    })),
  };
}

/** Makes the fake storage.session refuse writes past Chrome's 10 MB quota, as Chrome does. */
function enforceChromeQuota() {
  const session = fakeBrowser.storage.session;
  const realSet = session.set.bind(session);
  return vi.spyOn(session, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const all = { ...(await session.get(null)), ...items };
    const used = Object.entries(all).reduce((n, [k, v]) => n + recordBytes(k, v), 0);
    if (used > CHROME_QUOTA) throw new Error('Session storage quota bytes exceeded.');
    await realSet(items);
  });
}

async function sessionBytes(): Promise<number> {
  const all = await fakeBrowser.storage.session.get(null);
  return Object.entries(all).reduce((n, [k, v]) => n + recordBytes(k, v), 0);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  setEvictionListener(() => undefined);
});

describe('storage.session budget', () => {
  it('keeps the first mentions of a heavy page that fit in the per-tab cap', async () => {
    const page = heavyPage(1, 200, 4000);
    const kept = await saveTabMentions(1, page);
    expect(kept.mentions.length).toBeGreaterThan(100);
    expect(kept.mentions.length).toBeLessThan(200);
    expect(kept.mentions).toEqual(page.mentions.slice(0, kept.mentions.length));
    expect(recordBytes('tab:1', kept)).toBeLessThanOrEqual(TAB_MENTIONS_MAX_BYTES);
    expect((await loadTabMentions(1))?.mentions).toHaveLength(kept.mentions.length);
  });

  it('stores the states past the per-tab cap as a short note', async () => {
    const longUrl = `https://www.shop.com/p?${'y'.repeat(4000)}`;
    const resolved: ResolveState = {
      status: 'resolved',
      listing: {
        title: 't'.repeat(1000),
        brand: 'Staud',
        price: 1,
        currency: 'USD',
        availability: null,
        image: longUrl,
        url: longUrl,
      },
      checkedAt: 1,
    };
    await saveTabStates(2, { key: 'k', states: Array.from({ length: 200 }, () => resolved) });
    const got = await loadTabStates(2);
    expect(got?.states).toHaveLength(200);
    expect(got?.states[0]).toEqual(resolved);
    expect(got?.states[199]).toEqual({ status: 'unavailable', reason: REASONS.tooMuchData });
    expect(recordBytes('states:2', got)).toBeLessThanOrEqual(TAB_STATES_MAX_BYTES);
  });

  it('evicts the oldest tabs so a later tab still gets its products under Chrome’s quota', async () => {
    enforceChromeQuota();
    const evicted: number[] = [];
    setEvictionListener((t) => evicted.push(t));
    for (let tab = 1; tab <= 20; tab++) {
      vi.advanceTimersByTime(1000);
      const kept = await saveTabMentions(tab, heavyPage(tab));
      expect(kept.mentions).toHaveLength(200);
    }
    expect((await loadTabMentions(20))?.mentions).toHaveLength(200);
    expect(await loadTabMentions(1)).toBeNull();
    expect(evicted[0]).toBe(1);
    expect(evicted).not.toContain(20);
    expect(await sessionBytes()).toBeLessThanOrEqual(SESSION_TOTAL_MAX_BYTES);
    const index = (await fakeBrowser.storage.session.get(SESSION_INDEX_KEY))[SESSION_INDEX_KEY] as Record<
      string,
      unknown
    >;
    expect(Object.keys(index).sort()).toEqual(
      Object.keys(await fakeBrowser.storage.session.get(null))
        .filter((k) => k.startsWith('tab:'))
        .sort(),
    );
  });

  it('evicts again when the browser still refuses, and fails clearly when nothing is left to evict', async () => {
    await saveTabMentions(1, heavyPage(1, 10, 100));
    vi.advanceTimersByTime(1000);
    const realSet = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    let refusals = 1;
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if (refusals-- > 0) throw new Error('Session storage quota bytes exceeded.');
      await realSet(items);
    });
    await saveTabMentions(2, heavyPage(2, 10, 100));
    expect(await loadTabMentions(1)).toBeNull();
    expect((await loadTabMentions(2))?.mentions).toHaveLength(10);

    refusals = Infinity;
    await expect(saveTabMentions(2, heavyPage(2, 5, 100))).rejects.toBeInstanceOf(SessionFullError);
  });

  it('finds the longest prefix that fits', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(fitPrefix(items, 10, (k) => k.length)).toBe(10);
    expect(fitPrefix(items, 100, (k) => k.length)).toBe(50);
    expect(fitPrefix(items, 0, (k) => k.length + 1)).toBe(0);
  });
});
