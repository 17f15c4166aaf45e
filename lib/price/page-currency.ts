import { COUNTRY_CURRENCY, countryCode } from './countries';
import { currencyForHost, currencyForLocale } from './host';

/**
 * The page's own currency, the one its shared signs ("$", "kr", "Rs", "元", "¥") and bare numbers
 * stand for. One function for the detector (articles) and the listing reader (shop pages), so both
 * read "$" the same on one page. A page carries several hints; they vote, each with a weight.
 */

/** Hints beyond the host and the html lang, all optional; callers that read a page gather them. */
export interface PageCurrencyHints {
  /** Further locale tags (og:locale, Content-Language). */
  locales?: (string | null | undefined)[];
  /** A country the page states, e.g. an address's country, as a code or a name ("CL", "Chile"). */
  country?: string | null;
  /** The URL's path: a country segment at its top ("/hk/style/…", "/en-ca/…"). */
  path?: string;
  /** The other domains of the shop that owns the host (its country sites). */
  shopHosts?: readonly string[];
  /** Hosts of the page's links (at most a few hundred are worth passing). */
  linkedHosts?: readonly string[];
  /** The page's text, for the places it names ("Toronto" says which dollar an article means). */
  text?: string;
}

/** Dollars whose country weak hints (links, places) may settle; other currencies need a strong hint. */
const WEAK_OK = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);
/** Places whose naming says which dollar a text means. */
const PLACES: [RegExp, string][] = [
  [/\b(?:Canad(?:a|ian)s?|Toronto|Vancouver|Montr[eé]al|Calgary|Ottawa|Edmonton|Winnipeg)\b/g, 'CAD'],
  [/\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide)\b/g, 'AUD'],
  [/\b(?:New Zealand|Auckland|Wellington)\b/g, 'NZD'],
  [/\bSingapore(?:an)?s?\b/g, 'SGD'],
  [/\bHong Kong(?:er)?s?\b/g, 'HKD'],
];
const MAX_TEXT = 60_000;
/** Weights: a country domain is the strongest single hint, so it outweighs one locale tag that disagrees. */
const W_HOST = 3.5;
const W_LOCALE = 3;
const W_COUNTRY = 3;
const W_PATH = 2;
const W_WEAK = 0.5;

/** The host's country currency, else the one all the owning shop's country domains agree on. */
function hostCurrency(host: string, shopHosts: readonly string[] = []): string | null {
  const own = host ? currencyForHost(host) : null;
  if (own) return own;
  const local = shopHosts.map((d) => currencyForHost(d)).filter((c): c is string => !!c);
  return local.length && local.every((c) => c === local[0]) ? local[0]! : null;
}

/**
 * The currency of the page's country, or null when nothing says (callers pick their fallback, e.g.
 * USD for "$"): from the host's country code ("shop.cl" → CLP, "ca.example.com" → CAD), the region
 * of its language tags ("es-CL" → CLP), a country the page states ("Chile" → CLP; pass a string as
 * the third argument, or `hints.country`), a country segment of the path, and, weakly, the country
 * domains it links to and the places it names. A country domain outweighs one disagreeing locale tag.
 */
export function pageCurrency(
  host: string,
  lang?: string | null,
  more?: string | PageCurrencyHints | null,
): string | null {
  const hints: PageCurrencyHints = typeof more === 'string' ? { country: more } : (more ?? {});
  const votes = new Map<string, number>();
  const vote = (c: string | null | undefined, w: number) => {
    if (c) votes.set(c, (votes.get(c) ?? 0) + w);
  };
  const h = host.toLowerCase();
  vote(hostCurrency(h, hints.shopHosts), W_HOST);
  for (const l of [lang, ...(hints.locales ?? [])]) if (l) vote(currencyForLocale(l), W_LOCALE);
  const code = hints.country ? countryCode(hints.country) : null;
  vote(code ? COUNTRY_CURRENCY[code] : null, W_COUNTRY);
  const seg = /^\/(?:[a-z]{2}[-_])?([a-z]{2})(?:\/|$)/i.exec(hints.path ?? '')?.[1]?.toLowerCase();
  if (seg && seg !== 'en') vote(currencyForHost(`x.${seg}`), W_PATH);
  const linked = new Map<string, number>();
  for (const l of hints.linkedHosts ?? []) {
    const c = l && l.toLowerCase() !== h ? currencyForHost(l) : null;
    if (c) linked.set(c, (linked.get(c) ?? 0) + 1);
  }
  for (const [c, n] of linked) vote(c, Math.min(n, 3) * W_WEAK);
  const text = hints.text?.slice(0, MAX_TEXT);
  if (text) for (const [re, c] of PLACES) vote(c, Math.min(text.match(re)?.length ?? 0, 4) * W_WEAK);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  // A non-dollar currency (GBP, EUR, INR) needs one strong hint; a dollar one may rest on weak ones.
  return best && best[1] >= (WEAK_OK.has(best[0]) ? 1.5 : W_LOCALE) ? best[0] : null;
}
