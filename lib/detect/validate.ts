import type { Mention } from './types';
import { isPrice } from '../price/validate';

const MAX_TEXT = 500;
const MAX_URL = 4096;

function isShortString(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isNullableString(v: unknown, max = MAX_TEXT): v is string | null {
  return v === null || isShortString(v, max);
}

/** Type guard for a mention that crossed a boundary (a message, a stored row). */
export function isMention(v: unknown): v is Mention {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  return (
    isNullableString(m.brand) &&
    isShortString(m.name) &&
    m.name.length > 0 &&
    (m.price === null || isPrice(m.price)) &&
    isNullableString(m.retailer) &&
    isNullableString(m.url, MAX_URL)
  );
}

/** Copies only the serialisable fields, dropping the page element and anything extra. */
export function toPlainMention(m: Mention): Mention {
  return {
    brand: m.brand,
    name: m.name,
    price: m.price ? { amount: m.price.amount, currency: m.price.currency } : null,
    retailer: m.retailer,
    url: m.url,
  };
}
