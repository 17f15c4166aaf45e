import type { SavedItem } from '../db/types';

/** One currency's sum over a list of items. */
export interface CurrencyTotal {
  currency: string;
  total: number;
  count: number;
}

/** Sums of the items' prices (current, else the article's), one per currency, largest count first. */
export function totalsByCurrency(items: readonly SavedItem[]): CurrencyTotal[] {
  const sums = new Map<string, { cents: number; count: number }>();
  for (const i of items) {
    const amount = i.currentPrice ?? i.articlePrice?.amount ?? null;
    const currency = i.currentPrice !== null ? i.currency : (i.articlePrice?.currency ?? null);
    if (amount === null || currency === null) continue;
    const s = sums.get(currency) ?? { cents: 0, count: 0 };
    s.cents += Math.round(amount * 100);
    s.count++;
    sums.set(currency, s);
  }
  return [...sums]
    .map(([currency, s]) => ({ currency, total: s.cents / 100, count: s.count }))
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}
