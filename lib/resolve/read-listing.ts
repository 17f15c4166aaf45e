import type { Listing } from '../listing/types';
import type { Fetched } from './fetch-types';
import type { ResolverDeps } from './deps';

/** The page's listing with its URL filled in; null when the extractor finds nothing or throws on hostile markup. */
export function readListing(page: Fetched, deps: ResolverDeps): Listing | null {
  let listing: Listing | null;
  try {
    listing = deps.extract(page.text, page.url);
  } catch {
    return null;
  }
  return listing ? { ...listing, url: listing.url ?? page.url } : null;
}
