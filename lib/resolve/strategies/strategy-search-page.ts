import type { Listing } from '../../listing/types';
import type { ResolverDeps } from '../deps';
import { searchFailure } from '../fetch/fetch-failure-result';
import { compareListing, isSameProduct, looksLikeProduct, type ProductQuery } from '../match';
import { readListing } from '../read-listing';
import { MAX_CANDIDATES, type SearchResult, type SearchStrategy } from './search-types';
import { resolved } from './strategy-result';

/**
 * Finds a product through a shop's server-rendered search page: fetch the results for the
 * query, take the few links that best match, read each product page and keep the best listing
 * that is the same product.
 */
export async function searchResultsPage(
  query: ProductQuery,
  searchUrls: string[],
  deps: ResolverDeps,
  signal?: AbortSignal,
): Promise<SearchResult> {
  for (const searchUrl of searchUrls) {
    const out = await deps.fetcher.get(searchUrl, { kind: 'html', signal });
    if (!out.ok) return searchFailure(out.failure);
    const links = await deps.searchLinks(out.page.text, out.page.url, query, MAX_CANDIDATES);
    let best: { listing: Listing; score: number } | null = null;
    for (const link of links) {
      const got = await deps.fetcher.get(link, { kind: 'html', signal });
      if (!got.ok) continue;
      const listing = await readListing(got.page, deps);
      if (!looksLikeProduct(listing) || !isSameProduct(query, listing, 'search')) continue;
      const score = compareListing(query, listing).score;
      if (!best || score > best.score) best = { listing, score };
    }
    if (best) return resolved(best.listing);
  }
  return { kind: 'miss' };
}

function fill(template: string, text: string): string | null {
  return template.includes('{q}') ? template.replace('{q}', encodeURIComponent(text.trim())) : null;
}

/** Shops whose search results are server-rendered HTML (the gazetteer gives the URL template). */
export const searchPageStrategy: SearchStrategy = {
  name: 'search-page',
  plan({ mention, shop, texts, deps }) {
    const template = shop.searchUrl;
    if (!template) return null;
    const urls = texts.map((t) => fill(template, t)).filter((u): u is string => u !== null);
    if (urls.length === 0) return null;
    return { readerUrl: urls[0] ?? null, run: (signal) => searchResultsPage(mention, urls, deps, signal) };
  },
};
