/**
 * Currency reading for the listing extractor: ISO codes checked against ISO 4217, signs and the
 * page's country ("$" on a .com.ar page is ARS) through lib/price.
 */
import {
  findPrices,
  dollarCurrencyForLocale,
  pageCurrency,
  normaliseCurrency as currencyFromMarker,
  readPrice,
} from '../price';

const ISO = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN ' +
    'BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS ' +
    'GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD ' +
    'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN ' +
    'NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP ' +
    'SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV ' +
    'WST XAF XCD XOF XPF YER ZAR ZMW ZWL'
  ).split(' '),
);

/** A period after an amount: a subscription or instalment, not the item's price. */
const PER_PERIOD = new RegExp(
  [
    String.raw`(?:\/|per |a |an |pro )\s*(?:mo|mth|month|monat|mois|mes|mese|maand|year|yr|jahr|week|wk)\b`,
    'monthly|monatlich|mensuel',
  ].join('|'),
  'i',
);

/** Where a page is: its URL and, if known, its locale (html lang, og:locale). */
export interface CurrencyHints {
  pageUrl: string;
  locale?: string | null;
  /** The country the page states (an address), read only when host and locale say nothing. */
  country?: () => string | null;
}

function hostOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname;
  } catch {
    return '';
  }
}

/** The currency of the page's country, from its domain (.com.ar, .cl, .co.uk), locale or address; null if unknown. */
export function localCurrency(hints: CurrencyHints): string | null {
  const host = hostOf(hints.pageUrl);
  return pageCurrency(host, hints.locale) ?? (hints.country ? pageCurrency('', null, hints.country()) : null);
}

/** What a shared sign ("$", "kr") means on this page: the country's currency, else the locale's dollar, else USD. */
function pageDefault(hints: CurrencyHints): string {
  return localCurrency(hints) ?? dollarCurrencyForLocale(hints.locale, hostOf(hints.pageUrl));
}

/** True for an ISO 4217 code (any case). */
export function isCurrencyCode(s: string): boolean {
  return ISO.has(s.toUpperCase());
}

/** A currency as markup gives it ("EUR", "eur", "€", "$") as an ISO code; null when unrecognised. */
export function normaliseCurrency(value: unknown, hints: CurrencyHints): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  if (!v || v.length > 12) return null;
  if (/^[a-z]{3}$/i.test(v)) return isCurrencyCode(v) ? v.toUpperCase() : null;
  return currencyFromMarker(v, pageDefault(hints));
}

/**
 * A price as a page displays it ("EUR110.00", "$2.449", "56,00 €"), read by lib/price; the currency
 * is null unless the text writes one.
 */
export function readShownPrice(text: string, hints: CurrencyHints): { amount: number | null; currency: string | null } {
  // "$41.66/mo" alone is an instalment: lib/price reads a lone per-period string as its amount
  if (PER_PERIOD.test(text) && !findPrices(text).length) return { amount: null, currency: null };
  const plain = readPrice(text);
  if (plain.amount === null || plain.currency === null) return plain;
  return readPrice(text, { defaultCurrency: pageDefault(hints) });
}

/** The currency a displayed price text writes, or null. */
export function currencyInText(text: string, hints: CurrencyHints): string | null {
  return readShownPrice(text, hints).currency;
}
