import Dexie from 'dexie';
import type { HistoryRow, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { isHistoryRow } from './guards';

/** An item's price history, oldest first; malformed rows are left out. */
export async function getHistory(itemId: string, db: MagpieDB = getDb()): Promise<HistoryRow[]> {
  const rows: unknown[] = await historyOf(db, itemId).toArray();
  return rows.filter(isHistoryRow);
}

/** The rows of one item in time order, through the [itemId+time] index. */
export function historyOf(db: MagpieDB, itemId: string) {
  return db.history.where('[itemId+time]').between([itemId, Dexie.minKey], [itemId, Dexie.maxKey]);
}

/** The first price recorded for an item in `currency`, or null. */
export async function firstRecordedPrice(
  db: MagpieDB,
  itemId: string,
  currency: string | null,
): Promise<number | null> {
  if (currency === null) return null;
  const row = await historyOf(db, itemId)
    .filter((r) => isHistoryRow(r) && r.price !== null && r.currency === currency)
    .first();
  return row?.price ?? null;
}

/** The lowest price recorded for an item in `currency`, or null. */
export async function lowestRecordedPrice(
  db: MagpieDB,
  itemId: string,
  currency: string | null,
): Promise<number | null> {
  if (currency === null) return null;
  let low: number | null = null;
  await historyOf(db, itemId).each((r: unknown) => {
    if (isHistoryRow(r) && r.price !== null && r.currency === currency && (low === null || r.price < low))
      low = r.price;
  });
  return low;
}

type Observation = Pick<SavedItem, 'currentPrice' | 'currency' | 'availability'>;

/** Whether `next` says something new about price or availability compared with `prev`. */
export function observationChanged(prev: Observation | null, next: Observation): boolean {
  if (next.currentPrice === null && next.availability === null) return false;
  if (!prev) return true;
  return (
    prev.currentPrice !== next.currentPrice ||
    prev.currency !== next.currency ||
    prev.availability !== next.availability
  );
}

/** The history row recording an item's current observation. */
export function historyRowFor(item: SavedItem, time: number): HistoryRow {
  return { itemId: item.id, time, price: item.currentPrice, currency: item.currency, availability: item.availability };
}
