import type { Availability } from '../lib/listing/types';
import { IN_STOCK } from '../lib/api/db-rules';
import { dateFormat } from '../lib/intl-cache';

export { formatPrice, priceTrend, type Trend } from '../lib/price/format';

const AVAILABILITY_LABELS: Record<Availability, string> = {
  InStock: 'In stock',
  OutOfStock: 'Out of stock',
  PreOrder: 'Pre-order',
  PreSale: 'Pre-sale',
  BackOrder: 'Back-order',
  LimitedAvailability: 'Few left',
  InStoreOnly: 'In store only',
  OnlineOnly: 'Online only',
  SoldOut: 'Sold out',
  Discontinued: 'Discontinued',
  MadeToOrder: 'Made to order',
  Reserved: 'Reserved',
};

/** A short label for a schema.org availability. */
export function availabilityLabel(a: Availability): string {
  return AVAILABILITY_LABELS[a];
}

/** Whether the availability means it can be bought now. */
export function isInStock(a: Availability | null): boolean {
  return a !== null && IN_STOCK.includes(a);
}

/** A short date in the reader's locale. */
export function formatDate(ms: number): string {
  return dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

// Magpie's words are English, so the plural rules are English's too, whatever the browser's locale.
const rules = new Intl.PluralRules('en');

/** "1 product", "2 products": the count with the noun in the right form. */
export function countOf(n: number, one: string, other: string): string {
  return `${n} ${rules.select(n) === 'one' ? one : other}`;
}
