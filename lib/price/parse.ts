import { cleanDefault } from './currency';
import { NUMBER_SOURCE, readAmount } from './amount';
import { findPrices, type PriceOptions } from './find';
import { foldDigits, scanAmounts } from './scan';
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
/** A bare number with only a tax note after it ("148.50 Inc GST"): the number, in the default currency. */
const BARE_TAX_NOTE = new RegExp(
  `^\\s*(${NUMBER_SOURCE})\\s*\\(?\\s*(?:inc|incl|including|inkl|ex|excl|exkl)\\.?\\s*` +
    '(?:vat|gst|hst|tax|mwst|tva|iva|btw)\\.?\\s*\\)?\\s*$',
  'iu',
);
/** Cents split off by a space after the dot ("392. 00"), as some shops' markup renders them. */
const SPLIT_CENTS = /^\s*(\d{1,3}(?:,\d{3})+|\d+)\.\s(\d{2})\s*$/;
/** A price string that is only the word for no charge. */
const FREE_WORDS = [
  'free|free of charge|gratis|gratuit|gratuite|kostenlos|gratuito|gratuita',
  'ücretsiz|бесплатно|darmowe|zdarma|ingyenes|ilmainen|无料|免費|免费|무료',
];
const FREE = new RegExp(String.raw`^\s*(?:${FREE_WORDS.join('|')})\s*!?\s*$`, 'iu');
/**
 * What may follow the only price in a price string and still leave it the price: a unit ("/each",
 * "per piece", "/Stück") or a tax note ("inc VAT", "Inc GST", "exkl. MwSt."). A period ("/mo",
 * "per month") is not among them: the project's held-out labels read a per-month amount as a fee.
 */
const LONE_SUFFIX = new RegExp(
  '^\\s*(?:(?:\\/|per |a |an |pro |par |each )\\s*' +
    '(?:each|ea|unit|item|piece|pc|pcs|stück|stk|st|pièce|pieza|pezzo)\\.?|each|ea\\.?)?\\s*' +
    '(?:\\(?\\s*(?:inc|incl|including|inkl|ex|excl|exkl|plus|\\+)\\.?\\s*' +
    '(?:vat|gst|hst|tax|taxes|mwst|ust|tva|iva|btw|moms|alv|dph|ddv|pdv)\\.?\\s*\\)?)?\\s*$',
  'iu',
);

/**
 * Reads one price string ("$165", "1.299,00 €", "was $200, now $150", "from $99") as the amount the
 * product costs now: the current/sale price, else the low end of a range, else the only price given.
 * A bare number ("165") reads with the default currency, or with currency null when there is none;
 * text that holds no product price ("Save $20", "4.5 stars", "2018") reads as {amount: null, currency: null}.
 * A string that is only a price and a unit or tax note ("$4.99/each", "£25 inc VAT") reads as that
 * price; "Free" reads as 0.
 * Shared signs read as the default currency when it is one they serve, else as their most common
 * one: "$" → USD, "kr" → SEK (NOK, DKK, ISK need the default), "¥" → JPY, "Rs" → INR; a bare "R"
 * counts as rand only with a ZAR default.
 */
export function readPrice(text: string, opts: PriceOptions = {}): PriceReading {
  const t = text.slice(0, MAX_PRICE_TEXT);
  const found = findPrices(t, opts);
  const pick = found.find((m) => m.role === 'current') ?? found.find((m) => m.role === 'range-low') ?? found[0];
  if (pick) return { amount: pick.amount, currency: pick.currency };
  const def = cleanDefault(opts.defaultCurrency) ?? null;
  if (FREE.test(t)) return { amount: 0, currency: def };
  const lone = lonePrice(t, def);
  if (lone) return lone;
  const folded = foldDigits(t);
  const split = SPLIT_CENTS.exec(folded);
  const bare =
    STANDALONE.exec(folded)?.[1] ?? BARE_TAX_NOTE.exec(folded)?.[1] ?? (split ? `${split[1]}.${split[2]}` : undefined);
  const amount = bare && !YEAR.test(bare) ? readAmount(bare, def) : null;
  return amount === null ? { amount: null, currency: null } : { amount, currency: def };
}

/** The one marked amount of a price string followed only by a unit or tax note ("$4.99/each", "£25 inc VAT"). */
function lonePrice(text: string, def: string | null): PriceReading | null {
  const folded = foldDigits(text);
  const found = scanAmounts(folded, def ?? undefined).filter((a) => a.pre || a.suf);
  if (found.length !== 1) return null;
  const a = found[0]!;
  if (folded.slice(0, a.s).trim() || !LONE_SUFFIX.test(folded.slice(a.e))) return null;
  return { amount: a.amount, currency: a.currency };
}

/**
 * Parses one price string to a Price, or null when it holds no product price or nothing says its
 * currency (pass `defaultCurrency`, e.g. from {@link currencyForHost}, for bare numbers and "$").
 */
export function parsePrice(text: string, opts: PriceOptions = {}): Price | null {
  const { amount, currency } = readPrice(text, opts);
  return amount !== null && currency ? { amount, currency } : null;
}
