import type { Price } from './types';
import { numberFormat } from '../intl-cache';

/** A price in the reader's locale ("£450.00"); the bare number and code when the currency is unknown to Intl. */
export function formatPrice(amount: number, currency: string): string {
  try {
    return numberFormat({ style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

export type Trend = 'up' | 'down' | 'same';

/** How the current price compares with the article's; null when either is missing or the currencies differ. */
export function priceTrend(article: Price | null, current: Price | null): Trend | null {
  if (!article || !current || article.currency !== current.currency) return null;
  // Cents, so 89.99 read twice never looks like a change.
  const a = Math.round(article.amount * 100);
  const c = Math.round(current.amount * 100);
  return c > a ? 'up' : c < a ? 'down' : 'same';
}

/** A price without cents when it is whole ("$149", "$149.50"), for compact history text. */
export function formatShortPrice(amount: number, currency: string): string {
  const whole = Number.isInteger(amount);
  try {
    return numberFormat({
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
