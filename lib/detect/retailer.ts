import { lookupBrand, lookupRetailer, retailerForHost } from '../gazetteer';
import { unwrapAffiliate } from '../links/unwrap-affiliate';
import { CTA, lowerAlnum, properName, words } from './text';

const DOMAIN = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z]{2,}){1,2}$/i;

/** Whether a word is written as a web address ("shopneighbour.com", "www.arket.com"): a shop named by its domain. */
export const isWebAddress = (text: string): boolean => DOMAIN.test(text);
const REDIRECT_PARAM = /[?&](?:url|u|murl|ued|dest|destination|target|to|link)=(https?(?:%3A|:)[^&]+)/i;

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The destination behind an affiliate or redirect link, read offline. */
export function destination(href: string): string {
  const known = unwrapAffiliate(href);
  if (known) return known;
  const m = REDIRECT_PARAM.exec(href);
  if (!m) return href;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return href;
  }
}

/** Whether a link goes past a shop's home page (a product, not the shop): "/en_us/campo.html", not "/us/". */
export function deepLink(href: string): boolean {
  try {
    return new URL(destination(href)).pathname.replace(/^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)*/i, '').length > 3;
  } catch {
    return false;
  }
}

/** The name part of a shop's host: "polene" for fr.polene-paris.com, "reformation" for thereformation.com. */
export const hostLabel = (host: string): string =>
  lowerAlnum(host.replace(/^(?:www\d?|shop|us|uk|eu|store|[a-z]{2})\./, '').split('.')[0] ?? '').replace(/^the/, '');

/** A brand's own shop: "sezane.com" for Sézane, "bogsfootwear.com" for Bogs. */
function ownShop(host: string, brand: string | null | undefined): boolean {
  const b = brand ? lowerAlnum(brand).replace(/^the/, '') : '';
  const l = hostLabel(host);
  // "levi.com" is Levi's shop as "sezane.com" is Sézane's.
  return b.length >= 3 && (l.startsWith(b) || (l.length >= 4 && b.startsWith(l)));
}

/** The shop a link leads to, after unwrapping affiliate redirects; null for unknown shops. */
export function retailerFromUrl(href: string | null, brand?: string | null): string | null {
  if (!href) return null;
  const host = hostOf(destination(href));
  if (!host) return null;
  return retailerForHost(host)?.name ?? (ownShop(host, brand) ? brand! : null);
}

/**
 * The shop named in text after a price ("Net-a-Porter", "net-a-porter.com", "Sézane"), as the
 * article writes it; null when the text does not read as a shop name.
 */
export function retailerFromText(raw: string, brand?: string | null): string | null {
  const r = raw
    .replace(/^[\s,:;)(–—-]+|[\s.,;:!)(–—-]+$/g, '')
    .replace(/^(?:at|from|via|chez|bei|über|sur|on|@)\s+/i, '');
  if (!r || CTA.test(r) || /[:;]/.test(r)) return null;
  if (DOMAIN.test(r)) {
    const host = r.toLowerCase();
    return retailerForHost(host)?.name ?? (ownShop(host, brand) ? brand! : r);
  }
  if (words(r).length > 5) return null;
  if (lookupRetailer(r) || lookupBrand(r) || properName(r)) return r;
  return null;
}
