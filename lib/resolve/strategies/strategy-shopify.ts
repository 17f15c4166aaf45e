import type { Listing } from '../../listing/types';
import type { ResolverDeps } from '../deps';
import { searchFailure } from '../fetch/fetch-failure-result';
import { compareListing, isSameProduct, type ProductQuery } from '../match';
import { MAX_CANDIDATES, type SearchResult, type SearchStrategy } from './search-types';
import { shopOrigin } from './shop-origin';
import { parseCartCurrency, parseProductJs, parseSuggest, shopifyListing } from './shopify-json';
import { resolved } from './strategy-result';

/** Loosest title agreement for a suggestion to be worth fetching in full. */
const CANDIDATE_MIN = 0.3;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Finds a product in a Shopify store through its public storefront JSON: predictive search
 * (/search/suggest.json) for handles, then /products/HANDLE.js for price (minor units),
 * availability, image and vendor, and /cart.js for the currency the store prices in.
 */
export async function searchShopify(
  query: ProductQuery,
  origin: string,
  texts: string[],
  deps: ResolverDeps,
  signal?: AbortSignal,
): Promise<SearchResult> {
  for (const text of texts) {
    const q = encodeURIComponent(text);
    const suggestUrl = `${origin}/search/suggest.json?q=${q}&resources[type]=product&resources[limit]=10`;
    const out = await deps.fetcher.get(suggestUrl, { kind: 'json', signal });
    if (!out.ok) return searchFailure(out.failure);
    const hits = parseSuggest(parseJson(out.page.text))
      .map((h) => ({ h, score: compareListing(query, { title: h.title, brand: h.vendor }).score }))
      .filter((c) => c.score >= CANDIDATE_MIN)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_CANDIDATES);
    if (hits.length === 0) continue;
    const currency = await cartCurrency(origin, deps, signal);
    let best: { listing: Listing; score: number } | null = null;
    for (const { h } of hits) {
      const got = await deps.fetcher.get(`${origin}/products/${encodeURIComponent(h.handle)}.js`, {
        kind: 'json',
        signal,
      });
      if (!got.ok) continue;
      const product = parseProductJs(parseJson(got.page.text));
      if (!product) continue;
      const listing = shopifyListing(product, origin, currency);
      if (!isSameProduct(query, listing, 'search')) continue;
      const score = compareListing(query, listing).score;
      if (!best || score > best.score) best = { listing, score };
    }
    if (best) return resolved(best.listing);
  }
  return { kind: 'miss' };
}

async function cartCurrency(origin: string, deps: ResolverDeps, signal?: AbortSignal): Promise<string | null> {
  const out = await deps.fetcher.get(`${origin}/cart.js`, { kind: 'json', signal });
  return out.ok ? parseCartCurrency(parseJson(out.page.text)) : null;
}

/** Shopify storefronts (the gazetteer marks them): predictive search, then the product's JSON. */
export const shopifyStrategy: SearchStrategy = {
  name: 'shopify',
  plan({ mention, shop, trail, texts, deps }) {
    if (shop.platform !== 'shopify') return null;
    const origin = shopOrigin(shop, trail, deps);
    if (!origin) return null;
    return {
      readerUrl: `${origin}/search?q=${encodeURIComponent(texts[0] ?? mention.name)}`,
      run: (signal) => searchShopify(mention, origin, texts, deps, signal),
    };
  },
};
