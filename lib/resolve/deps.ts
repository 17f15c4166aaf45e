import type { Listing } from '../listing/types';
import type { Fetcher } from './fetch/fetch-types';
import type { CachedOutcome } from './outcome-cache';

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
  extract(html: string, url: string): Listing | null;
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
