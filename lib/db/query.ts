import { liveQuery } from 'dexie';
import type { ItemQuery, QueryResult, SortKey } from './types';
import { getDb, type MagpieDB } from './schema';
import { isSavedItem } from './guards';
import { DbInputError } from './errors';
import { isPlainList, matchAndSort } from './match-sort';

export { currencyOf, IN_STOCK, isPlainList, matchAndSort } from './match-sort';

const SORTS: readonly SortKey[] = ['date', 'price', 'brand'];
/** The stored spellings of `value` in an index, ignoring case (read from keys only). */
async function spellings(db: MagpieDB, index: 'retailer' | 'tags', value: string): Promise<string[]> {
  const keys = (await db.items.orderBy(index).uniqueKeys()) as unknown[];
  return keys.filter((k): k is string => typeof k === 'string' && k.toLowerCase() === value.toLowerCase());
}

/**
 * Every row that may match, read through the retailer or tag index when one is asked for
 * (plain key-range reads: fast in browsers and in fake-indexeddb alike), else the whole table.
 */
async function candidates(db: MagpieDB, q: ItemQuery): Promise<unknown[]> {
  const index = q.tag !== undefined ? 'tags' : q.retailer !== undefined ? 'retailer' : null;
  if (!index) return db.items.toArray();
  const keys = await spellings(db, index, (index === 'tags' ? q.tag : q.retailer) ?? '');
  const groups = await Promise.all(keys.map((k) => db.items.where(index).equals(k).toArray()));
  return groups.flat();
}

function checkQuery(q: ItemQuery): void {
  if (q.sort !== undefined && !SORTS.includes(q.sort))
    throw new DbInputError(`sort must be one of ${SORTS.join(', ')}`);
  if (q.dir !== undefined && q.dir !== 'asc' && q.dir !== 'desc') throw new DbInputError('dir must be asc or desc');
  for (const k of ['limit', 'offset'] as const) {
    const v = q[k];
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0))
      throw new DbInputError(`${k} must be a whole number ≥ 0`);
  }
  for (const k of ['search', 'retailer', 'tag'] as const) {
    if (q[k] !== undefined && typeof q[k] !== 'string') throw new DbInputError(`${k} must be a string`);
  }
}

/**
 * Saved items matching `q`, sorted and paged. Rows failing the guard are left out and counted
 * in `corrupt`. The unfiltered date-ordered list pages through the createdAt index without
 * reading every row; when the window is full, `total` counts stored rows and `corrupt` only the
 * unreadable rows met.
 */
export async function queryItems(q: ItemQuery = {}, db: MagpieDB = getDb()): Promise<QueryResult> {
  checkQuery(q);
  const sort = q.sort ?? 'date';
  const desc = (q.dir ?? (sort === 'date' ? 'desc' : 'asc')) === 'desc';
  const offset = q.offset ?? 0;
  const end = q.limit === undefined ? undefined : offset + q.limit;
  if (sort === 'date' && isPlainList(q)) {
    return db.transaction('r', db.items, async () => {
      let coll = db.items.orderBy('createdAt');
      if (desc) coll = coll.reverse();
      coll = coll.offset(offset);
      if (q.limit !== undefined) coll = coll.limit(q.limit);
      const rows: unknown[] = await coll.toArray();
      const items = rows.filter(isSavedItem);
      const stored = await db.items.count();
      const met = rows.length - items.length;
      // A window that stops short of its limit read every dated row from `offset` on. A full one
      // did not, and counting the index (a scan of it) would cost a popup opening on thousands of
      // rows more than its window: the total is then the stored rows, corrupt or not.
      if (q.limit !== undefined && rows.length === q.limit) return { items, total: stored, corrupt: met };
      // A row without createdAt is missing from the index, and unreadable by definition.
      const dated =
        rows.length > 0 || offset === 0 ? offset + rows.length : await db.items.orderBy('createdAt').count();
      return { items, total: dated, corrupt: stored - dated + met };
    });
  }
  const rows = await db.transaction('r', db.items, () => candidates(db, q));
  const valid = rows.filter(isSavedItem);
  const matches = matchAndSort(valid, q);
  return { items: matches.slice(offset, end), total: matches.length, corrupt: rows.length - valid.length };
}

/**
 * Calls `onResult` with the query's result now and after every change to the wishlist
 * (Dexie liveQuery). Returns the function that stops watching.
 */
export function watchItems(
  q: ItemQuery,
  onResult: (result: QueryResult) => void,
  db: MagpieDB = getDb(),
  onError: (err: unknown) => void = (err) => console.error('magpie: watchItems failed', err),
): () => void {
  const sub = liveQuery(() => queryItems(q, db)).subscribe({ next: onResult, error: onError });
  return () => sub.unsubscribe();
}
