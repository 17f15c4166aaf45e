import type { Listing } from '../listing/types';
import type { ProductQuery } from './match';
import type { Fetcher } from './fetch/fetch-types';
import type { ResolveState } from '../protocol/resolve-state';

/** A shop as the resolver needs it: where it sells and how its catalogue can be searched. */
export interface ShopInfo {
  name: string;
  /** Registrable domains, e.g. ["net-a-porter.com"]; a "label.*" entry matches any suffix. */
  domains: readonly string[];
  platform?: string;
  /** A server-rendered search page, "{q}" standing for the URL-encoded query. */
  searchUrl?: string;
}

/** The outcome cache as the resolver uses it (lib/db's listing cache in production). */
export interface ResolveCache {
  get(key: string): Promise<{ value: CachedOutcome; fresh: boolean; fetchedAt: number } | null>;
  put(key: string, value: CachedOutcome, ttlMs: number): Promise<void>;
}

/** Everything the resolver reaches outside itself, so tests can hand it a fixture web. */
export interface ResolverDeps {
  fetcher: Fetcher;
  /** Reads the listing from a product page's HTML; null when the page shows none. */
  extract(html: string, url: string): Promise<Listing | null> | Listing | null;
  /** The product links on a shop's search results page that best match `query`, best first, at most `max`. */
  searchLinks(html: string, url: string, query: ProductQuery, max: number): Promise<string[]> | string[];
  /** The destination inside a known affiliate wrapper, decoded offline; null when `url` is none. */
  unwrap(url: string): string | null;
  /** Whether a link only names its destination by an opaque id (bit.ly, rstyle.me…). */
  isShortener(url: string): boolean;
  /** The shop a display name or alias names. */
  shopByName(name: string): ShopInfo | null;
  /** The shop a host belongs to. */
  shopByHost(host: string): ShopInfo | null;
  cache?: ResolveCache;
  now(): number;
}

/** A settled resolver outcome, the only kind worth caching. */
export type CachedOutcome = Exclude<ResolveState, { status: 'pending' }>;

const HOUR = 60 * 60 * 1000;

/** How long outcomes stay fresh: listings 6 h; a product gone from its shop 30 min; a search miss 1 h. */
export const TTL = { resolved: 6 * HOUR, gone: HOUR / 2, notFound: HOUR } as const;

/** The cache key of a mention: its shop link, else its shop and words (lib/db folds and normalises both). */
export function mentionCacheKey(link: string | null, shop: string | null, brand: string | null, name: string): string {
  return link ?? [shop ?? '', brand ?? '', name].join(' ');
}
