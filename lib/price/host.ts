import { COUNTRY_CURRENCY, DOLLAR_CURRENCIES } from './countries';

/** Country-code top-level domains (and locale regions) → the currency shops there price in. */
const BY_COUNTRY = COUNTRY_CURRENCY;

/** Country-code TLDs used worldwide as generic names ("brand.me", "shop.io", "app.ly"): no country. */
const GENERIC_TLDS = new Set(
  'me io ai ly tv fm ws to cc gg la st am sc ag nu tk ml ga cf gq cd td vu so gs im fo bz'.split(' '),
);

/** Second-level labels under which ".co" names are Colombian. */
const COLOMBIAN_SLD = new Set('com net org edu gov mil nom'.split(' '));

/** Country subdomains shops use ("ca.example.com"); other two-letter labels ("ad.", "my.", "go.") are words. */
const COUNTRY_SUBDOMAINS = new Set(
  (
    'us ca au nz sg hk mx ar cl co uy pe br tw uk gb jp cn kr in pk ch se no dk is pl cz hu ro bg tr ru ua ' +
    'ae sa qa kw bh om il eg za ng ke th vn de fr it es nl be at ie pt fi gr sk si ee lv lt lu hr kz by rs'
  ).split(' '),
);

/** Dollar/peso currencies: what a bare "$" can mean. */
const DOLLARS = new Set(DOLLAR_CURRENCIES);

/**
 * The currency a shop's hostname implies from its country code: "www.net-a-porter.co.uk" → GBP,
 * "shop.com.au" → AUD, "ca.example.com" (country subdomain) → CAD; null for generic domains.
 */
export function currencyForHost(hostname: string): string | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  // ".co" is sold worldwide as "company"; Colombia's own sites sit under "com.co", "net.co" and the like.
  const generic = GENERIC_TLDS.has(tld) || (tld === 'co' && !COLOMBIAN_SLD.has(labels[labels.length - 2] ?? ''));
  if (tld.length === 2 && BY_COUNTRY[tld] && !generic) return BY_COUNTRY[tld];
  const sub = labels[0] === 'www' ? labels[1] : labels[0];
  return labels.length > 2 && sub && COUNTRY_SUBDOMAINS.has(sub) ? BY_COUNTRY[sub]! : null;
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
