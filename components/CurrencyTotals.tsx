import type { SavedItem } from '../lib/db/types';
import { formatPrice } from './format';

/** Sums of the shown items' prices (current, else the article's), one per currency, largest count first. */
export function totalsByCurrency(items: readonly SavedItem[]): { currency: string; total: number; count: number }[] {
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

/** "Total: $1,234.00 (5) · £495.00 (1)": never one sum across currencies. */
export function CurrencyTotals({ items }: { items: readonly SavedItem[] }) {
  const totals = totalsByCurrency(items);
  if (totals.length === 0) return null;
  return (
    <p class="totals">
      Total:{' '}
      {totals.map((t, n) => (
        <span key={t.currency} class="total">
          {n > 0 && ' · '}
          {formatPrice(t.total, t.currency)}
          <span class="total-count"> ({t.count === 1 ? '1 item' : `${t.count} items`})</span>
        </span>
      ))}
    </p>
  );
}
