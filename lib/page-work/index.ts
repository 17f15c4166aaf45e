/**
 * The background's work that needs an HTML parser: the detector on a tab's page snapshot, the listing on a shop's
 * product page, the matching links on its search results page. Run here in Firefox's event page and in the tests;
 * Chromium's worker build swaps this file for ./offscreen-client.ts (scripts/build/lazy-worker-modules.ts), which
 * asks the offscreen document to run this same code, so the worker never loads the parser, the detector or the
 * listing reader (lib/background/worker-modules.ts says why that matters). Both files export the same functions.
 */
import { extractListing as extractNow } from '../listing';
import { searchCandidates } from '../resolve/strategies/search-candidates';
import type { Listing } from '../listing/types';
import type { ProductQuery } from '../resolve/match';

export { findInSnapshot } from '../background/find-in-snapshot';

/** The listing on a product page's HTML; null when the page shows none. Rejects on markup the reader chokes on. */
export async function extractListing(html: string, url: string): Promise<Listing | null> {
  return extractNow(html, url);
}

/** The product links on a search results page that best match `query`, best first, at most `max`. */
export async function searchLinks(html: string, url: string, query: ProductQuery, max: number): Promise<string[]> {
  return searchCandidates(html, url, query, max);
}
