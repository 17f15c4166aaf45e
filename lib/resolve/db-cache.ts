import { getCached, putCached, type MagpieDB } from '../db';
import type { ResolveCache } from './deps';

/**
 * The resolver's cache on lib/db's listing cache: URL keys are normalised there and word keys
 * folded, so the same product from two articles shares one entry.
 */
export function dbCache(db?: MagpieDB): ResolveCache {
  return {
    async get(key) {
      const hit = await getCached(key, db);
      return hit ? { value: hit.value, fresh: hit.fresh, fetchedAt: hit.fetchedAt } : null;
    },
    async put(key, value, ttlMs) {
      await putCached(key, value, ttlMs, db);
    },
  };
}
