import { lookupRetailer, retailerForHost, type Retailer } from '../gazetteer';
import { retailerSearch } from '../gazetteer/search';
import { isShortener, unwrapAffiliate } from '../links';
import { extractListing, searchLinks } from '../page-work';
import { dbCache } from './db-cache';
import type { ResolverDeps, ShopInfo } from './deps';
import type { Fetcher } from './fetch/fetch-types';

function shopInfo(r: Retailer | null): ShopInfo | null {
  if (!r) return null;
  return { name: r.name, domains: r.domains, ...retailerSearch(r.name) };
}

/**
 * The resolver wired to Magpie's listing extractor and search-page reader (lib/page-work: in Chromium's worker they
 * run in the offscreen document), link unwrapper, shop gazetteer and IndexedDB cache.
 */
export function defaultDeps(fetcher: Fetcher, overrides: Partial<ResolverDeps> = {}): ResolverDeps {
  return {
    fetcher,
    extract: extractListing,
    searchLinks,
    unwrap: unwrapAffiliate,
    isShortener,
    shopByName: (name) => shopInfo(lookupRetailer(name)),
    shopByHost: (host) => shopInfo(retailerForHost(host)),
    cache: dbCache(),
    now: Date.now,
    ...overrides,
  };
}
