import { liveQuery } from 'dexie';
import type { ItemQuery } from './types';
import { getDb, type MagpieDB } from './schema';
import { isPlainList, queryItems } from './query';
import { totalsByCurrency, type CurrencyTotal } from './price-totals';
import { totalsOfRows } from './totals-rows';

/** The whole wishlist's per-currency totals, from the running sums (a few rows, whatever the table's size). */
export async function readTotals(db: MagpieDB = getDb()): Promise<CurrencyTotal[]> {
  return totalsOfRows(await db.totals.toArray());
}

/**
 * Per-currency totals of every item matching `q` (limit, offset and order ignored). Unfiltered,
 * they are the running sums; a search or filter has no stored sums and reads every matching row.
 */
export async function queryTotals(q: ItemQuery = {}, db: MagpieDB = getDb()): Promise<CurrencyTotal[]> {
  if (isPlainList(q)) return readTotals(db);
  const { limit: _l, offset: _o, ...all } = q;
  return totalsByCurrency((await queryItems(all, db)).items);
}

/**
 * Calls `onResult` with `queryTotals(q)` now and after every change that moves the totals
 * (Dexie liveQuery). Returns the function that stops watching.
 */
export function watchTotals(
  q: ItemQuery,
  onResult: (totals: CurrencyTotal[]) => void,
  db: MagpieDB = getDb(),
  onError: (err: unknown) => void = (err) => console.error('magpie: watchTotals failed', err),
): () => void {
  const sub = liveQuery(() => queryTotals(q, db)).subscribe({ next: onResult, error: onError });
  return () => sub.unsubscribe();
}
