import type { HistoryRow, ImportSummary, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { parseExport } from './import-validate';
import { isHistoryRow, isSavedItem } from './guards';
import { firstRecordedPrice, historyOf } from './history';
import { isPriceDropped } from './price-drop';

type Row = Omit<HistoryRow, 'id'>;

const signature = (h: Row): string => JSON.stringify([h.time, h.price, h.currency, h.availability]);

/** Rows grouped per item, each group in time order (file order among equal times). */
function groupByItem(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const g = groups.get(r.itemId);
    if (g) g.push(r);
    else groups.set(r.itemId, [r]);
  }
  for (const g of groups.values()) g.sort((a, b) => a.time - b.time);
  return groups;
}

/** Rows of `incoming` not already in `stored` (or earlier in `incoming`). */
function unseen(stored: readonly unknown[], incoming: readonly Row[]): Row[] {
  const seen = new Set(stored.filter(isHistoryRow).map(signature));
  return incoming.filter((r) => !seen.has(signature(r)) && Boolean(seen.add(signature(r))));
}

/** Stored history of `ids`: one index query each for a few, one table read for many (re-importing a backup). */
async function historyFor(db: MagpieDB, ids: string[]): Promise<Map<string, unknown[]>> {
  const byItem = new Map<string, unknown[]>();
  if (ids.length <= 50) {
    for (const id of ids) byItem.set(id, await historyOf(db, id).toArray());
    return byItem;
  }
  const wanted = new Set(ids);
  for (const row of await db.history.toArray()) {
    if (!wanted.has(row.itemId)) continue;
    const group = byItem.get(row.itemId);
    if (group) group.push(row);
    else byItem.set(row.itemId, [row]);
  }
  return byItem;
}

/**
 * Merges a JSON export into the wishlist: new items are added, items already here are kept as
 * they are (skipped), history rows are added unless already recorded. The whole file is
 * checked first and written in one transaction, so a bad file changes nothing.
 * Throws `DbInputError` with a message fit to show.
 */
export async function importJson(text: string, db: MagpieDB = getDb()): Promise<ImportSummary> {
  const parsed = parseExport(text);
  const fileHistory = groupByItem(parsed.history);
  return db.transaction('rw', db.items, db.history, async () => {
    const stored: unknown[] = await db.items.bulkGet(parsed.items.map((i) => i.id));
    const kept = new Map<string, SavedItem>();
    stored.forEach((row) => isSavedItem(row) && kept.set(row.id, row));
    // A stored row that fails the guard is replaced: the file holds a readable copy.
    const added = parsed.items.filter((i) => !kept.has(i.id));
    const newRows: Row[] = [];
    for (const item of added) {
      const rows = unseen([], fileHistory.get(item.id) ?? []);
      newRows.push(...rows);
      const first = rows.find((r) => r.price !== null && r.currency === item.currency);
      item.priceDropped = isPriceDropped(item, first?.price ?? null);
    }
    const touched: SavedItem[] = [];
    const storedHistory = await historyFor(db, [...kept.keys()].filter((id) => fileHistory.has(id)));
    for (const item of kept.values()) {
      const rows = unseen(storedHistory.get(item.id) ?? [], fileHistory.get(item.id) ?? []);
      if (rows.length > 0) touched.push(item);
      newRows.push(...rows);
    }
    await db.history.bulkAdd(newRows);
    // Older history from another device can change what "first recorded price" is.
    for (const item of touched) {
      item.priceDropped = isPriceDropped(item, await firstRecordedPrice(db, item.id, item.currency));
    }
    await db.items.bulkPut([...added, ...touched]);
    return { added: added.length, skipped: kept.size + parsed.duplicates, historyAdded: newRows.length };
  });
}
