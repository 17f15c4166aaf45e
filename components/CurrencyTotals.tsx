import type { CurrencyTotal } from '../lib/api/currency-totals';
import { formatPrice } from './format';

export { totalsByCurrency } from '../lib/api/currency-totals';

/** "Total: $1,234.00 (5) · £495.00 (1)": never one sum across currencies. */
export function CurrencyTotals({ totals }: { totals: readonly CurrencyTotal[] }) {
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
