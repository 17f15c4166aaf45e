import type { SaveItemInput } from '../db/types';
import type { Listing } from '../listing/types';
import type { TabView } from '../protocol';
import { isHttpUrl, normalizeUrl, retailerForUrl, unwrapAffiliate } from '../links';
import { lookupBrand, lookupRetailer } from '../gazetteer';
import { saveInputForMention } from './save-input';

const MAX_NAME = 200;

/** The page a menu click happened on, as far as the background knows it. */
export interface PageInfo {
  url: string | null;
  title: string | null;
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);

function hostOf(url: string | null): string | null {
  if (!url || !isHttpUrl(url)) return null;
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * A readable name from a URL's path: "/products/ribbed-wool-cardigan-123.html" gives
 * "ribbed wool cardigan". Null when the path has no words (ids, an empty path).
 */
export function nameFromUrl(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  const segments = new URL(url).pathname.split('/').filter(Boolean).reverse();
  for (const seg of segments) {
    let s: string;
    try {
      s = decodeURIComponent(seg);
    } catch {
      s = seg;
    }
    const words = s
      .replace(/\.[a-z0-9]{2,5}$/i, '')
      .split(/[-_+\s.]+/)
      .filter((w) => /\p{L}{2,}/u.test(w) && !/\d{3,}/.test(w));
    if (words.length > 0) return squash(words.join(' '));
  }
  return null;
}

/** The tab's single product, when it has exactly one mention (a shop's product page, a one-product post). */
export function soleMentionIndex(view: TabView | null): number | null {
  return view && view.mentions.length === 1 ? 0 : null;
}

/** A mention of the tab saved from the context menu, with the picture clicked if the listing has none. */
export function mentionInput(
  view: TabView,
  index: number,
  source: SaveItemInput['source'],
  image?: string,
): SaveItemInput | null {
  const input = saveInputForMention(view, index);
  if (!input) return null;
  return { ...input, source, image: input.image ?? (image && isHttpUrl(image) ? image : null) };
}

/**
 * A link saved as itself: named after its listing when one was read, else the link's text,
 * else its path. The original link stays the one to open (the publisher keeps its credit).
 */
export function linkInput(
  linkUrl: string,
  linkText: string | null,
  page: PageInfo,
  listing: Listing | null,
): SaveItemInput | null {
  if (!isHttpUrl(linkUrl)) return null;
  const target = unwrapAffiliate(linkUrl) ?? linkUrl;
  const name = squash(listing?.title) || squash(linkText) || nameFromUrl(target) || hostOf(target);
  if (!name) return null;
  const retailer = retailerForUrl(linkUrl);
  return {
    source: 'link',
    name,
    brand: listing?.brand ?? null,
    retailer: retailer?.name ?? hostOf(target),
    listingUrl: listing?.url ?? (retailer ? target : null),
    articleUrl: page.url && isHttpUrl(page.url) ? page.url : null,
    articleTitle: squash(page.title) || null,
    mentionUrl: linkUrl,
    currentPrice: listing?.price ?? null,
    currency: listing?.price != null ? listing.currency : null,
    availability: listing?.availability ?? null,
    image: listing?.image ?? null,
  };
}

/** A link's identity: through affiliate wrappers, without tracking parameters. */
const linkKey = (url: string): string | null => normalizeUrl(unwrapAffiliate(url) ?? url);

/**
 * The mention the article links at `linkUrl` (the same link, or the same shop page behind a wrapper); null when none.
 */
export function mentionIndexForLink(view: TabView | null, linkUrl: string): number | null {
  if (!view) return null;
  const exact = view.mentions.findIndex((m) => m.url === linkUrl);
  if (exact >= 0) return exact;
  const key = linkKey(linkUrl);
  const same = key === null ? -1 : view.mentions.findIndex((m) => m.url !== null && linkKey(m.url) === key);
  return same >= 0 ? same : null;
}

/** The mention whose picture on the page is `srcUrl`; null when none. */
export function mentionIndexForImage(view: TabView | null, srcUrl: string): number | null {
  const i = view?.images?.findIndex((u) => u === srcUrl) ?? -1;
  return i >= 0 ? i : null;
}

/**
 * The brand and shop under the gazetteer's names ("THEORY" at "NET-A-PORTER" is Theory at
 * Net-a-Porter), so one shop is one shop in the wishlist. A product saved from a shop's own page
 * belongs to that shop. Names the gazetteer does not know stay as they were.
 */
export function canonicalNames(input: SaveItemInput, pageUrl: string | null): SaveItemInput {
  try {
    const brand = input.brand ? (lookupBrand(input.brand)?.name ?? input.brand) : input.brand;
    const shopOfPage = input.source === 'page' && pageUrl ? (retailerForUrl(pageUrl)?.name ?? null) : null;
    const retailer =
      shopOfPage ?? (input.retailer ? (lookupRetailer(input.retailer)?.name ?? input.retailer) : input.retailer);
    return { ...input, brand, retailer };
  } catch {
    // No gazetteer loaded (it always is in the background): keep the names as read.
    return input;
  }
}
