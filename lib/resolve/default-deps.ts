import { lookupRetailer, retailerForHost, type Retailer } from '../gazetteer';
import { retailerSearch } from '../gazetteer/search';
import { isShortener, unwrapAffiliate } from '../links';
import { extractListing } from '../listing';
import { dbCache } from './db-cache';
import type { ResolverDeps, ShopInfo } from './deps';
import type { Fetcher } from './fetch/fetch-types';

function shopInfo(r: Retailer | null): ShopInfo | null {
  if (!r) return null;
  return { name: r.name, domains: r.domains, ...retailerSearch(r.name) };
}

/** The resolver wired to Magpie's listing extractor, link unwrapper, shop gazetteer and IndexedDB cache. */
export function defaultDeps(fetcher: Fetcher, overrides: Partial<ResolverDeps> = {}): ResolverDeps {
  return {
    fetcher,
    extract: extractListing,
    unwrap: unwrapAffiliate,
    isShortener,
    shopByName: (name) => shopInfo(lookupRetailer(name)),
    shopByHost: (host) => shopInfo(retailerForHost(host)),
    cache: dbCache(),
    now: Date.now,
    ...overrides,
  };
}
