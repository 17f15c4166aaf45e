/**
 * Fills a wishlist fast: saving 5,000 items one by one takes tens of seconds on fake-indexeddb,
 * so the rows saveItem would store are generated and written with one importJson. The generator
 * is checked against real saveItem rows first, so it cannot drift from the library unnoticed.
 */
import { isDeepStrictEqual } from 'node:util';
import {
  exportJson,
  importJson,
  itemKey,
  normalizeUrlKey,
  openMagpieDb,
  textKey,
  type MagpieDB,
  type MagpieExport,
  type SavedItem,
} from '../../lib/db';
import { benchItem, fillWishlist } from '../bench-db-cases';

const CHECKED = 20;
type HistoryEntry = MagpieExport['history'][number];

/** The row saveItem stores for benchItem(n) first saved at `time`, built on a real saved row. */
function itemRow(like: SavedItem, n: number, time: number): SavedItem {
  const input = benchItem(n);
  const brand = input.brand ?? null;
  const retailer = input.retailer ?? null;
  const listingUrl = input.listingUrl ?? null;
  return {
    ...like,
    id: itemKey(input),
    brand,
    name: input.name,
    retailer,
    listingUrl,
    currentPrice: input.currentPrice ?? null,
    currency: input.currency ?? null,
    availability: input.availability ?? null,
    notes: input.notes ?? '',
    tags: input.tags ?? [],
    createdAt: time,
    updatedAt: time,
    textKey: textKey(brand, input.name, retailer),
    urlKey: listingUrl ? normalizeUrlKey(listingUrl) : null,
    // Price-tracking fields saveItem fills when a price is known at save time (absent in older rows).
    ...('checkedAt' in like ? { checkedAt: time } : {}),
    ...('firstPrice' in like ? { firstPrice: input.currentPrice ?? null } : {}),
    ...('lowestPrice' in like ? { lowestPrice: input.currentPrice ?? null } : {}),
  };
}

const historyRow = (like: HistoryEntry, item: SavedItem): HistoryEntry => ({
  ...like,
  itemId: item.id,
  time: item.createdAt,
  price: item.currentPrice,
  currency: item.currency,
  availability: item.availability,
});

/** Stores benchItem(0…count-1) in `db` as if saved one by one, a millisecond apart. */
export async function fillByImport(db: MagpieDB, count: number): Promise<void> {
  const scratch = openMagpieDb(`bench-scratch-${Date.now()}`);
  let real: MagpieExport;
  try {
    await fillWishlist(scratch, CHECKED);
    real = JSON.parse(await exportJson(scratch)) as MagpieExport;
  } finally {
    await scratch.delete();
  }
  const [item, history] = [real.items[0], real.history[0]];
  if (!item || !history || real.items.length !== CHECKED || real.history.length !== CHECKED) {
    throw new Error(
      `bench: expected ${CHECKED} items with one history row each from saveItem; update scripts/bench/db-fill.ts`,
    );
  }
  // By id, not export order: two saves in the same millisecond export in either order.
  Array.from({ length: CHECKED }, (_, n) => n).forEach((n) => {
    const saved = real.items.find((s) => s.id === itemKey(benchItem(n)));
    if (!saved) throw new Error(`bench: saveItem stored no row for bench item ${n}; update scripts/bench/db-fill.ts`);
    const made = itemRow(item, n, saved.createdAt);
    if (!isDeepStrictEqual(made, { ...saved, updatedAt: saved.createdAt })) {
      throw new Error(
        `bench: generated row differs from saveItem's:\n${JSON.stringify(made)}\n${JSON.stringify(saved)}\n` +
          'update scripts/bench/db-fill.ts',
      );
    }
    if (
      !isDeepStrictEqual(
        historyRow(history, made),
        real.history.find((h) => h.itemId === saved.id),
      )
    ) {
      throw new Error("bench: generated history row differs from saveItem's; update scripts/bench/db-fill.ts");
    }
  });
  const start = Date.now() - count;
  const items = Array.from({ length: count }, (_, n) => itemRow(item, n, start + n));
  await importJson(JSON.stringify({ ...real, items, history: items.map((i) => historyRow(history, i)) }), db);
}
