import type { Listing } from '../listing/types';
import type { Fetched } from './fetch/fetch-types';
import type { ResolverDeps } from './deps';
import { guardedUrl } from '../links/url-guard';

/**
 * The page's listing with its URL filled in; null when the extractor finds nothing or throws on
 * hostile markup. An image or canonical URL on a private host is dropped (the URL falls back to
 * the page fetched, which passed the guard).
 */
export async function readListing(page: Fetched, deps: ResolverDeps): Promise<Listing | null> {
  let listing: Listing | null;
  try {
    listing = await deps.extract(page.text, page.url);
  } catch {
    return null;
  }
  return listing ? { ...listing, image: guardedUrl(listing.image), url: guardedUrl(listing.url) ?? page.url } : null;
}
