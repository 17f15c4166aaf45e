import type { SavedItem } from './types';

/** One currency's sum over a list of items. */
export interface CurrencyTotal {
  currency: string;
  total: number;
  count: number;
}

/** What one item adds to its currency's total: whole cents, so sums add and subtract exactly. */
export interface PriceShare {
  currency: string;
  cents: number;
}

/** Running sums per currency, in cents. */
export type CentSums = Map<string, { cents: number; count: number }>;

/** The price an item counts with (current, else the article's) in whole cents, or null without one. */
export function priceShare(i: SavedItem): PriceShare | null {
  const amount = i.currentPrice ?? i.articlePrice?.amount ?? null;
  const currency = i.currentPrice !== null ? i.currency : (i.articlePrice?.currency ?? null);
  if (amount === null || currency === null) return null;
  return { currency, cents: Math.round(amount * 100) };
}

/** Adds (sign 1) or takes away (sign -1) one share from `sums`. */
export function addShare(sums: CentSums, share: PriceShare | null, sign: 1 | -1): void {
  if (!share) return;
  const s = sums.get(share.currency) ?? { cents: 0, count: 0 };
  s.cents += sign * share.cents;
  s.count += sign;
  sums.set(share.currency, s);
}

/** Sums as the wishlist shows them: currencies with items, largest count first, then A–Z. */
export function toCurrencyTotals(sums: Iterable<[string, { cents: number; count: number }]>): CurrencyTotal[] {
  return [...sums]
    .filter(([, s]) => s.count > 0)
    .map(([currency, s]) => ({ currency, total: s.cents / 100, count: s.count }))
    .sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}

/** Sums of the items' prices (current, else the article's), one per currency, largest count first. */
export function totalsByCurrency(items: readonly SavedItem[]): CurrencyTotal[] {
  const sums: CentSums = new Map();
  for (const i of items) addShare(sums, priceShare(i), 1);
  return toCurrencyTotals(sums);
}
