import type { RemovedItem, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { cleanNotes, cleanTags } from './sanitize';
import { isHistoryRow, isRecord, isSavedItem } from './guards';
import { historyOf } from './history';
import { DbInputError } from './errors';
import { getItem } from './items';
import { keepRemoved } from './removed';

async function edit(db: MagpieDB, id: string, change: Partial<SavedItem>): Promise<SavedItem | null> {
  return db.transaction('rw', db.items, async () => {
    const old = await getItem(id, db);
    if (!old) return null;
    const next: SavedItem = { ...old, ...change, updatedAt: Date.now() };
    await db.items.put(next);
    return next;
  });
}

/** Replaces an item's notes (trimmed; over the cap throws). Null when the item is gone. */
export async function setNotes(id: string, notes: string, db: MagpieDB = getDb()): Promise<SavedItem | null> {
  return edit(db, id, { notes: cleanNotes(notes) });
}

/** Replaces an item's tags (squashed, de-duplicated; over 20 throws). Null when the item is gone. */
export async function setTags(id: string, tags: readonly string[], db: MagpieDB = getDb()): Promise<SavedItem | null> {
  return edit(db, id, { tags: cleanTags(tags) });
}

/**
 * Takes an item and its history off the wishlist; returns both for `restoreItem`, or null when
 * absent. Both are kept 30 days in `removed`: saving the product again brings them back.
 */
export async function removeItem(id: string, db: MagpieDB = getDb()): Promise<RemovedItem | null> {
  return db.transaction('rw', db.items, db.history, db.removed, async () => {
    const item = await getItem(id, db);
    if (!item) return null;
    const rows: unknown[] = await historyOf(db, id).toArray();
    const history = rows.filter(isHistoryRow);
    await historyOf(db, id).delete();
    await db.items.delete(id);
    await keepRemoved(db, item, history, Date.now());
    return { item, history };
  });
}

/** Puts back exactly what `removeItem` returned (same row ids), replacing any row saved since. */
export async function restoreItem(removed: RemovedItem, db: MagpieDB = getDb()): Promise<SavedItem> {
  if (!isRecord(removed) || !Array.isArray(removed.history))
    throw new DbInputError('cannot restore: not an undo record');
  const { item, history } = removed;
  if (!isSavedItem(item)) throw new DbInputError('cannot restore: the item is malformed');
  if (!history.every((h) => isHistoryRow(h) && h.id !== undefined && h.itemId === item.id)) {
    throw new DbInputError('cannot restore: a history row is malformed');
  }
  await db.transaction('rw', db.items, db.history, db.removed, async () => {
    await db.items.put(item);
    await db.history.bulkPut(history);
    await db.removed.delete(item.id);
  });
  return item;
}
