import type { MagpieExport, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { isHistoryRow, isSavedItem } from './guards';
import { toCsv } from './csv';

async function readableItems(db: MagpieDB): Promise<SavedItem[]> {
  const rows: unknown[] = await db.items.orderBy('createdAt').toArray();
  const items = rows.filter(isSavedItem);
  if (items.length < rows.length)
    console.warn(`magpie: export left out ${rows.length - items.length} unreadable item(s)`);
  return items;
}

/** The export document: every readable item (oldest first) and its history (rows without local ids). */
export async function createExport(db: MagpieDB = getDb()): Promise<MagpieExport> {
  return db.transaction('r', db.items, db.history, async () => {
    const items = await readableItems(db);
    const ids = new Set(items.map((i) => i.id));
    const historyRows: unknown[] = await db.history.orderBy('[itemId+time]').toArray();
    const history = historyRows
      .filter(isHistoryRow)
      .filter((h) => ids.has(h.itemId))
      .map(({ id: _localId, ...row }) => row);
    return { format: 'magpie-wishlist', version: 1, exportedAt: Date.now(), items, history };
  });
}

/** The export document as JSON text, ready to download. */
export async function exportJson(db: MagpieDB = getDb()): Promise<string> {
  return JSON.stringify(await createExport(db));
}

const iso = (t: number): string => new Date(t).toISOString();

/** The CSV export's columns, in order: the header row names them, and CSV import reads them back. */
export const COLUMNS: readonly [string, (i: SavedItem) => string | number | boolean | null][] = [
  ['brand', (i) => i.brand],
  ['name', (i) => i.name],
  ['retailer', (i) => i.retailer],
  ['current price', (i) => i.currentPrice],
  ['currency', (i) => i.currency],
  ['article price', (i) => i.articlePrice?.amount ?? null],
  ['article currency', (i) => i.articlePrice?.currency ?? null],
  ['availability', (i) => i.availability],
  ['price dropped', (i) => (i.priceDropped ? 'yes' : 'no')],
  ['listing url', (i) => i.listingUrl],
  ['article link', (i) => i.mentionUrl],
  ['article url', (i) => i.articleUrl],
  ['article title', (i) => i.articleTitle],
  ['image', (i) => i.image],
  ['tags', (i) => i.tags.join('; ')],
  ['notes', (i) => i.notes],
  ['source', (i) => i.source],
  ['saved', (i) => iso(i.createdAt)],
  ['updated', (i) => iso(i.updatedAt)],
];

/** The wishlist as CSV (RFC 4180, formula-safe), one row per item, oldest first. */
export async function exportCsv(db: MagpieDB = getDb()): Promise<string> {
  const items = await readableItems(db);
  return toCsv([COLUMNS.map(([h]) => h), ...items.map((i) => COLUMNS.map(([, get]) => get(i)))]);
}
