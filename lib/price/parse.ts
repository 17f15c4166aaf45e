import { cleanDefault } from './currency';
import { NUMBER_SOURCE, readAmount } from './amount';
import { findPrices, type PriceOptions } from './find';
import { foldDigits } from './scan';
import type { Price } from './types';

/** An amount and currency as read, either of which may be unknown. */
export interface PriceReading {
  amount: number | null;
  currency: string | null;
}

/** A single price string is never longer than this; the rest is ignored. */
const MAX_PRICE_TEXT = 2_000;
const STANDALONE = new RegExp(
  `^\\s*(?:(?:price|preis|prix|prezzo|precio|prijs|pris|cena|preço)\\s*:?\\s*)?(${NUMBER_SOURCE})\\s*$`,
  'iu',
);
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Reads one price string ("$165", "1.299,00 €", "was $200, now $150", "from $99") as the amount the
 * product costs now: the current/sale price, else the low end of a range, else the only price given.
 * A bare number ("165") reads with the default currency, or with currency null when there is none;
 * text that holds no product price ("Save $20", "4.5 stars", "2018") reads as {amount: null, currency: null}.
 * Shared signs read as the default currency when it is one they serve, else as their most common
 * one: "$" → USD, "kr" → SEK (NOK, DKK, ISK need the default), "¥" → JPY, "Rs" → INR; a bare "R"
 * counts as rand only with a ZAR default.
 */
export function readPrice(text: string, opts: PriceOptions = {}): PriceReading {
  const t = text.slice(0, MAX_PRICE_TEXT);
  const found = findPrices(t, opts);
  const pick =
    found.find((m) => m.role === 'current') ?? found.find((m) => m.role === 'range-low') ?? found[0];
  if (pick) return { amount: pick.amount, currency: pick.currency };
  const bare = STANDALONE.exec(foldDigits(t))?.[1];
  const def = cleanDefault(opts.defaultCurrency) ?? null;
  const amount = bare && !YEAR.test(bare) ? readAmount(bare, def) : null;
  return amount === null ? { amount: null, currency: null } : { amount, currency: def };
}

/**
 * Parses one price string to a Price, or null when it holds no product price or nothing says its
 * currency (pass `defaultCurrency`, e.g. from {@link currencyForHost}, for bare numbers and "$").
 */
export function parsePrice(text: string, opts: PriceOptions = {}): Price | null {
  const { amount, currency } = readPrice(text, opts);
  return amount !== null && currency ? { amount, currency } : null;
}
