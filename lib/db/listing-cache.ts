import type { Listing } from '../listing/types';
import type { CacheEntry, CacheHit, CachedResolution } from './types';
import { getDb, type MagpieDB } from './schema';
import { isListing, isNullableUrl, isRecord, isTime } from './guards';
import { normalizeUrlKey } from './key';
import { foldWords } from './text';
import { LIMITS } from './limits';
import { DbInputError } from './errors';

const DAY = 24 * 60 * 60 * 1000;
/** How long past expiry an entry is still served (as stale) while a refresh runs. */
export const CACHE_MAX_STALE_MS = 7 * DAY;
/** Longest time-to-live accepted; longer ones are cut to this. */
export const CACHE_MAX_TTL_MS = 30 * DAY;
/** Entries kept by `pruneCache`; the soonest to expire go first. */
export const CACHE_MAX_ENTRIES = 5000;

function isCachedResolution(v: unknown): v is CachedResolution {
  if (!isRecord(v)) return false;
  if (v.status === 'resolved') return isListing(v.listing) && isTime(v.checkedAt);
  if (v.status === 'unavailable') return typeof v.reason === 'string' && v.reason.length <= LIMITS.notes;
  if (v.status === 'not-found') return isNullableUrl(v.searchUrl);
  return false;
}

/** Type guard for a listing-cache row. */
export function isCacheEntry(v: unknown): v is CacheEntry {
  return (
    isRecord(v) &&
    typeof v.key === 'string' &&
    isCachedResolution(v.value) &&
    isTime(v.fetchedAt) &&
    isTime(v.expiresAt)
  );
}

/** The cache key for a URL (normalised) or a search query ('q:' + folded words). */
export function cacheKey(urlOrQuery: string): string {
  const key = normalizeUrlKey(urlOrQuery) ?? `q:${foldWords(urlOrQuery)}`;
  if (key === 'q:' || key.length > LIMITS.id)
    throw new DbInputError('cache key must be a URL or query of reasonable length');
  return key;
}

/**
 * The cached outcome for a URL or query: fresh until it expires, then returned with
 * fresh=false (stale-while-revalidate) until `maxStaleMs` past expiry, then null.
 */
export async function getCached(
  urlOrQuery: string,
  db: MagpieDB = getDb(),
  maxStaleMs = CACHE_MAX_STALE_MS,
): Promise<CacheHit | null> {
  const key = cacheKey(urlOrQuery);
  const row: unknown = await db.listingCache.get(key);
  if (row === undefined) return null;
  if (!isCacheEntry(row)) {
    await db.listingCache.delete(key);
    return null;
  }
  const now = Date.now();
  if (now > row.expiresAt + maxStaleMs) return null;
  const listing = row.value.status === 'resolved' ? row.value.listing : null;
  return { value: row.value, listing, fresh: now < row.expiresAt, fetchedAt: row.fetchedAt };
}

/** Caches a listing (stored as a resolved outcome) or a resolver outcome for `ttlMs`. */
export async function putCached(
  urlOrQuery: string,
  value: Listing | CachedResolution,
  ttlMs: number,
  db: MagpieDB = getDb(),
): Promise<void> {
  if (!(Number.isFinite(ttlMs) && ttlMs > 0)) throw new DbInputError('ttlMs must be a positive number');
  const now = Date.now();
  const outcome: unknown =
    isRecord(value) && 'status' in value ? value : { status: 'resolved', listing: value, checkedAt: now };
  // Store only the known fields: a listing scraped from a page may carry anything else.
  if (isCachedResolution(outcome) && outcome.status === 'resolved') {
    const { title, brand, price, currency, availability, image, url } = outcome.listing;
    outcome.listing = { title, brand, price, currency, availability, image, url };
  }
  const entry = {
    key: cacheKey(urlOrQuery),
    value: outcome,
    fetchedAt: now,
    expiresAt: now + Math.min(ttlMs, CACHE_MAX_TTL_MS),
  };
  if (!isCacheEntry(entry))
    throw new DbInputError('cache value must be a listing or a resolved, unavailable or not-found outcome');
  await db.listingCache.put(entry);
}

/**
 * Deletes entries past their stale window, then the soonest-expiring beyond `CACHE_MAX_ENTRIES`. Returns how many went.
 */
export async function pruneCache(db: MagpieDB = getDb(), maxStaleMs = CACHE_MAX_STALE_MS): Promise<number> {
  return db.transaction('rw', db.listingCache, async () => {
    const expired = await db.listingCache
      .where('expiresAt')
      .below(Date.now() - maxStaleMs)
      .delete();
    const excess = (await db.listingCache.count()) - CACHE_MAX_ENTRIES;
    if (excess <= 0) return expired;
    const keys = await db.listingCache.orderBy('expiresAt').limit(excess).primaryKeys();
    await db.listingCache.bulkDelete(keys);
    return expired + keys.length;
  });
}
