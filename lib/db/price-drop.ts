import type { SavedItem } from './types';

/** Compared in cents so float noise (89.99 parsed twice) never reads as a drop. */
const cents = (n: number): number => Math.round(n * 100);

/**
 * Whether the current price is below the article's price or below the first price Magpie
 * recorded for the item; only prices in the same currency are compared.
 */
export function isPriceDropped(
  item: Pick<SavedItem, 'currentPrice' | 'currency' | 'articlePrice'>,
  firstRecorded: number | null,
): boolean {
  const { currentPrice, currency, articlePrice } = item;
  if (currentPrice === null || currency === null) return false;
  if (articlePrice && articlePrice.currency === currency && cents(currentPrice) < cents(articlePrice.amount))
    return true;
  return firstRecorded !== null && cents(currentPrice) < cents(firstRecorded);
}
