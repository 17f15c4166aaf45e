import type { SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { isSavedItem } from './guards';

/** Distinct retailer names on the wishlist, A–Z, one spelling per name ignoring case. */
export async function listRetailers(db: MagpieDB = getDb()): Promise<string[]> {
  return distinct((await db.items.orderBy('retailer').uniqueKeys()) as unknown[]);
}

/** Distinct tags on the wishlist, A–Z, one spelling per tag ignoring case. */
export async function listTags(db: MagpieDB = getDb()): Promise<string[]> {
  return distinct((await db.items.orderBy('tags').uniqueKeys()) as unknown[]);
}

function distinct(keys: unknown[]): string[] {
  const byLower = new Map<string, string>();
  for (const k of keys) {
    if (typeof k === 'string' && k && !byLower.has(k.toLowerCase())) byLower.set(k.toLowerCase(), k);
  }
  return [...byLower.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

/** How many items are stored (corrupt rows included: they still take space). */
export async function countItems(db: MagpieDB = getDb()): Promise<number> {
  return db.items.count();
}

/** Items last checked before `time`, oldest check first: what a price refresh takes next. */
export async function itemsCheckedBefore(time: number, limit = 50, db: MagpieDB = getDb()): Promise<SavedItem[]> {
  const rows: unknown[] = await db.items.where('checkedAt').below(time).limit(limit).toArray();
  return rows.filter(isSavedItem);
}

/** Items last written before `time`, oldest first: candidates for a price refresh. */
export async function itemsUpdatedBefore(time: number, limit = 50, db: MagpieDB = getDb()): Promise<SavedItem[]> {
  const rows: unknown[] = await db.items.where('updatedAt').below(time).limit(limit).toArray();
  return rows.filter(isSavedItem);
}

/** Deletes every item, history row, cache entry, removed item and change, in one transaction. */
export async function clearAll(db: MagpieDB = getDb()): Promise<void> {
  await db.transaction('rw', [db.items, db.history, db.listingCache, db.removed, db.changes], async () => {
    await Promise.all([
      db.items.clear(),
      db.history.clear(),
      db.listingCache.clear(),
      db.removed.clear(),
      db.changes.clear(),
    ]);
  });
}
