import type { SaveItemInput } from '../db/types';
import type { Listing } from '../listing/types';
import type { TabView } from '../protocol';
import { isHttpUrl, retailerForUrl, unwrapAffiliate } from '../links';
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
export function mentionInput(view: TabView, index: number, source: SaveItemInput['source'], image?: string): SaveItemInput | null {
  const input = saveInputForMention(view, index);
  if (!input) return null;
  return { ...input, source, image: input.image ?? (image && isHttpUrl(image) ? image : null) };
}

/**
 * A link saved as itself: named after its listing when one was read, else the link's text,
 * else its path. The original link stays the one to open (the publisher keeps its credit).
 */
export function linkInput(linkUrl: string, linkText: string | null, page: PageInfo, listing: Listing | null): SaveItemInput | null {
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

/** A picture saved as itself: its alt text as name when known, else the page's title and the file's name. */
export function imageInput(srcUrl: string, alt: string | null, page: PageInfo): SaveItemInput | null {
  if (!isHttpUrl(srcUrl)) return null;
  const file = new URL(srcUrl).pathname.split('/').filter(Boolean).pop() ?? '';
  const from = squash(page.title) || hostOf(page.url) || hostOf(srcUrl) || 'a page';
  const name = squash(alt) || squash(`Image from ${from}${file ? ` (${file.slice(0, 60)})` : ''}`);
  return {
    source: 'image',
    name,
    retailer: page.url ? (retailerForUrl(page.url)?.name ?? null) : null,
    articleUrl: page.url && isHttpUrl(page.url) ? page.url : null,
    articleTitle: squash(page.title) || null,
    image: srcUrl,
  };
}

/** A page saved as itself: its title as name; a shop's page also counts as the listing. */
export function pageInput(page: PageInfo): SaveItemInput | null {
  if (!page.url || !isHttpUrl(page.url)) return null;
  const retailer = retailerForUrl(page.url);
  const name = squash(page.title) || hostOf(page.url);
  if (!name) return null;
  return {
    source: 'page',
    name,
    retailer: retailer?.name ?? null,
    listingUrl: retailer ? page.url : null,
    articleUrl: page.url,
    articleTitle: squash(page.title) || null,
  };
}
