import type { SaveItemInput } from './types';
import { foldWords } from './text';
import { LIMITS } from './limits';
import { normalizeUrl } from '../links';

/**
 * A URL reduced to the form two links to the same page share, for use as a key only (the
 * original is what gets opened): lib/links `normalizeUrl` (no fragment, tracking parameters or
 * credentials; parameters sorted), then https, no "www." and no trailing slash, which shops
 * treat as the same page. Null unless `raw` is an absolute http(s) URL.
 *
 * Stored ids and urlKeys come from this: a change here (or in `normalizeUrl`) needs a
 * migration that recomputes `urlKey`, or re-saves will miss their rows.
 */
export function normalizeUrlKey(raw: string): string | null {
  const normal = normalizeUrl(raw);
  if (!normal) return null;
  const url = new URL(normal);
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `https://${host}${path}${url.search}`;
}

/** The 'k:' key from brand|name|retailer, folded for case, accents, punctuation and spacing. */
export function textKey(brand: string | null | undefined, name: string, retailer: string | null | undefined): string {
  return `k:${foldWords(brand ?? '')}|${foldWords(name)}|${foldWords(retailer ?? '')}`;
}

/** The key from a listing URL, or null when there is no usable one. */
export function urlKey(listingUrl: string | null | undefined): string | null {
  if (!listingUrl) return null;
  const key = normalizeUrlKey(listingUrl);
  return key && key.length <= LIMITS.id ? key : null;
}

/** The dedupe key (and id) of a product: its normalised listing URL, else its text key. */
export function itemKey(input: Pick<SaveItemInput, 'brand' | 'name' | 'retailer' | 'listingUrl'>): string {
  return urlKey(input.listingUrl) ?? textKey(input.brand, input.name, input.retailer);
}
