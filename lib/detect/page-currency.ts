import { retailerForHost } from '../gazetteer';
import { currencyForHost, currencyForLocale } from '../price';

/**
 * What a bare "$" (or a bare number) means on a page. lib/price reads one hint at a time; a page
 * carries several (the html lang, og:locale, Content-Language, the host's country code, a country
 * segment in the path, the country domains of the shop serving it and of the shops it links to,
 * the places it names), so they vote here. Kept in lib/detect until lib/price takes it over.
 */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN']);
/** Places whose naming in an article says which dollar it means. */
const PLACES: [RegExp, string][] = [
  [/\b(?:Canad(?:a|ian)s?|Toronto|Vancouver|Montr[eé]al|Calgary|Ottawa|Edmonton|Winnipeg)\b/g, 'CAD'],
  [/\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide)\b/g, 'AUD'],
  [/\b(?:New Zealand|Auckland|Wellington)\b/g, 'NZD'],
  [/\bSingapore(?:an)?s?\b/g, 'SGD'],
  [/\bHong Kong(?:er)?s?\b/g, 'HKD'],
];
const MAX_LINKS = 400;
const MAX_TEXT = 60_000;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** A country currency from a host, or from the country domains of the shop that owns it. */
function hostCurrency(host: string): string | null {
  const own = currencyForHost(host);
  if (own) return own;
  const shop = host ? retailerForHost(host) : null;
  const local = shop?.domains.map((d) => currencyForHost(d)).filter((c): c is string => !!c) ?? [];
  return local.length && local.every((c) => c === local[0]) ? local[0]! : null;
}

/** The page's currency for unmarked amounts and a bare "$". */
export function pageCurrency(doc: Document, pageUrl: string): string {
  const host = hostOf(pageUrl);
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? '';
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const votes = new Map<string, number>();
  const vote = (c: string | null | undefined, w: number) => {
    if (c) votes.set(c, (votes.get(c) ?? 0) + w);
  };
  for (const l of [lang, meta('meta[property="og:locale"]'), meta('meta[http-equiv="content-language" i]')])
    vote(currencyForLocale(l), 3);
  vote(hostCurrency(host), 3);
  // "/hk/style/…", "/en-ca/…": a country segment at the top of the path.
  let path = '';
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    // No path hint.
  }
  const seg = /^\/(?:[a-z]{2}[-_])?([a-z]{2})(?:\/|$)/i.exec(path)?.[1];
  if (seg && seg.toLowerCase() !== 'en') vote(currencyForHost(`x.${seg.toLowerCase()}`), 2);
  const links = doc.getElementsByTagName('a');
  const linked = new Map<string, number>();
  for (let k = 0; k < links.length && k < MAX_LINKS; k++) {
    const h = hostOf(links[k]!.getAttribute('href') ?? '');
    const c = h && h !== host ? currencyForHost(h) : null;
    if (c) linked.set(c, (linked.get(c) ?? 0) + 1);
  }
  for (const [c, n] of linked) vote(c, Math.min(n, 3) * 0.5);
  const text = (doc.body?.textContent ?? '').slice(0, MAX_TEXT);
  for (const [re, c] of PLACES) vote(c, Math.min(text.match(re)?.length ?? 0, 4) * 0.5);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  // A non-dollar home currency (GBP, EUR, INR) needs a strong hint; a dollar one needs two weak ones.
  if (best && best[1] >= (DOLLARS.has(best[0]) ? 1.5 : 3)) return best[0];
  return 'USD';
}
