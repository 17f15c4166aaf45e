/** Country-code top-level domains (and locale regions) → the currency shops there price in. */
const BY_COUNTRY: Record<string, string> = {
  us: 'USD', ca: 'CAD', au: 'AUD', nz: 'NZD', sg: 'SGD', hk: 'HKD', mx: 'MXN', ar: 'ARS', cl: 'CLP',
  co: 'COP', uy: 'UYU', pe: 'PEN', br: 'BRL', tw: 'TWD', do: 'DOP', uk: 'GBP', gb: 'GBP', jp: 'JPY',
  cn: 'CNY', kr: 'KRW', in: 'INR', pk: 'PKR', ch: 'CHF', li: 'CHF', se: 'SEK', no: 'NOK', dk: 'DKK',
  is: 'ISK', pl: 'PLN', cz: 'CZK', hu: 'HUF', ro: 'RON', bg: 'BGN', tr: 'TRY', ru: 'RUB', ua: 'UAH',
  ae: 'AED', sa: 'SAR', qa: 'QAR', kw: 'KWD', bh: 'BHD', om: 'OMR', il: 'ILS', eg: 'EGP', za: 'ZAR',
  ng: 'NGN', ke: 'KES', th: 'THB', my: 'MYR', id: 'IDR', ph: 'PHP', vn: 'VND',
  ...Object.fromEntries(
    'de fr it es nl be at ie pt fi gr sk si ee lv lt lu mt cy hr'.split(' ').map((c) => [c, 'EUR']),
  ),
};

/** Dollar/peso currencies: what a bare "$" can mean. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'TWD']);

/**
 * The currency a shop's hostname implies from its country code: "www.net-a-porter.co.uk" → GBP,
 * "shop.com.au" → AUD, "ca.example.com" (country subdomain) → CAD; null for generic domains.
 */
export function currencyForHost(hostname: string): string | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length === 2 && BY_COUNTRY[tld]) return BY_COUNTRY[tld];
  const sub = labels[0] === 'www' ? labels[1] : labels[0];
  return labels.length > 2 && sub && sub.length === 2 && BY_COUNTRY[sub] ? BY_COUNTRY[sub] : null;
}

/** The currency a locale tag's region implies: "en-CA" → CAD, "de_CH" → CHF, "fr" → null. */
export function currencyForLocale(lang: string): string | null {
  const region = /^[a-z]{2,3}[-_](?:[a-z]{4}[-_])?([a-z]{2})\b/i.exec(lang.trim())?.[1]?.toLowerCase();
  return (region && BY_COUNTRY[region]) || null;
}

/**
 * What a bare "$" means on a page: the locale's or host's dollar/peso currency ("en-AU" → AUD,
 * "shop.com.mx" → MXN), else USD. Pass the result as `defaultCurrency`.
 */
export function dollarCurrencyForLocale(lang: string | null | undefined, hostname?: string): string {
  for (const c of [lang ? currencyForLocale(lang) : null, hostname ? currencyForHost(hostname) : null]) {
    if (c && DOLLARS.has(c)) return c;
  }
  return 'USD';
}
