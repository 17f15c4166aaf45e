import type { HistoryRow, RemovedItem, RemovedRow, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { isHistoryRow, isSavedItem } from './guards';

/** How long a removed item's notes, tags and history wait for a re-save. */
export const REMOVED_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Keeps a removed item for `REMOVED_KEEP_MS`; call inside a rw transaction over `removed`. */
export async function keepRemoved(db: MagpieDB, item: SavedItem, history: HistoryRow[], now: number): Promise<void> {
  await db.removed.put({ id: item.id, removedAt: now, urlKey: item.urlKey, textKey: item.textKey, item, history });
}

const usable = (r: unknown, now: number): r is RemovedRow =>
  typeof r === 'object' &&
  r !== null &&
  (r as RemovedRow).removedAt > now - REMOVED_KEEP_MS &&
  isSavedItem((r as RemovedRow).item);

/**
 * The removed row for the product `fresh` names (by id, listing URL, then brand|name|retailer),
 * put back with its history and taken out of `removed`; null when none was kept. Call inside a
 * rw transaction over items, history and removed.
 */
export async function reviveRemoved(db: MagpieDB, fresh: SavedItem, now: number): Promise<SavedItem | null> {
  const candidates: unknown[] = [await db.removed.get(fresh.id)];
  if (fresh.urlKey) candidates.push(...(await db.removed.where('urlKey').equals(fresh.urlKey).toArray()));
  candidates.push(
    ...(await db.removed.where('textKey').equals(fresh.textKey).toArray()).filter(
      (r) => fresh.urlKey === null || r.urlKey === null || r.urlKey === fresh.urlKey,
    ),
  );
  const hit = candidates.find((r) => usable(r, now));
  if (!hit) return null;
  await db.removed.delete(hit.id);
  await db.items.put(hit.item);
  await db.history.bulkPut(hit.history.filter((h) => isHistoryRow(h) && h.itemId === hit.item.id));
  return hit.item;
}

/**
 * Undoes the removal of `id` from anywhere (the popup, the page's controls): puts the item and
 * its history back unless it was saved again since. Returns the item, or null when nothing is kept.
 */
export async function restoreRemoved(id: string, db: MagpieDB = getDb()): Promise<SavedItem | null> {
  return db.transaction('rw', db.items, db.history, db.removed, async () => {
    const row: unknown = await db.removed.get(id);
    if (!usable(row, Date.now())) return null;
    await db.removed.delete(id);
    if (await db.items.get(id)) return null;
    await db.items.put(row.item);
    await db.history.bulkPut(row.history.filter((h) => isHistoryRow(h) && h.itemId === id));
    return row.item;
  });
}

/** Deletes removed items older than 30 days; returns how many. */
export async function purgeRemoved(now = Date.now(), db: MagpieDB = getDb()): Promise<number> {
  return db.removed
    .where('removedAt')
    .below(now - REMOVED_KEEP_MS)
    .delete();
}

/** Removed items still kept, newest first (for a "recently removed" list). */
export async function listRemoved(db: MagpieDB = getDb()): Promise<RemovedItem[]> {
  const now = Date.now();
  const rows: unknown[] = await db.removed.orderBy('removedAt').reverse().toArray();
  return rows.filter((r): r is RemovedRow => usable(r, now)).map((r) => ({ item: r.item, history: r.history }));
}
