import type { HistoryRow, ImportSummary, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { parseExport, type ParsedExport } from './import-validate';
import { isHistoryRow, isSavedItem } from './guards';
import { firstRecordedPrice, historyOf } from './history';
import { isPriceDropped } from './price-drop';
import { ItemIndex, mergeImported } from './import-merge';
import { parseCsvExport } from './csv-import';
import { DbInputError } from './errors';

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
 * Merges a JSON export into the wishlist: new items are added; an item already here — by id,
 * listing URL, or brand + name + shop, as a save matches — stays under its id and gains the
 * file's notes, tags, missing fields and history (skipped counts these). History rows are added
 * unless already recorded. The whole file is checked first and written in one transaction, so a
 * bad file changes nothing. Throws `DbInputError` with a message fit to show.
 */
export async function importJson(text: string, db: MagpieDB = getDb()): Promise<ImportSummary> {
  return importParsed(parseExport(text), db);
}

/**
 * Imports a file Magpie exported, JSON or CSV (told apart by its first character), all or
 * nothing, merging duplicates as `importJson` does.
 */
export async function importText(text: string, db: MagpieDB = getDb()): Promise<ImportSummary> {
  if (typeof text !== 'string') throw new DbInputError('the file must be text');
  const json = /^[\uFEFF\s]*[{[]/.test(text);
  return importParsed(json ? parseExport(text) : parseCsvExport(text), db);
}

/** Writes a checked export (JSON or CSV) as `importJson` describes, all in one transaction. */
export async function importParsed(parsed: ParsedExport, db: MagpieDB = getDb()): Promise<ImportSummary> {
  const fileHistory = groupByItem(parsed.history);
  return db.transaction('rw', db.items, db.history, async () => {
    const storedRows: unknown[] = await db.items.toArray();
    const stored = storedRows.filter(isSavedItem);
    const storedIds = new Set(stored.map((i) => i.id));
    // A stored row that fails the guard is left out of the index, so the file's readable copy replaces it.
    const index = new ItemIndex(stored);
    const added = new Map<string, SavedItem>();
    const changed = new Map<string, SavedItem>();
    const incoming = new Map<string, Row[]>();
    let skipped = parsed.duplicates;
    for (const item of parsed.items) {
      const target = index.find(item);
      const id = target?.id ?? item.id;
      const rows = (fileHistory.get(item.id) ?? []).map((r) => ({ ...r, itemId: id }));
      incoming.set(id, [...(incoming.get(id) ?? []), ...rows]);
      if (!target) {
        added.set(item.id, item);
        index.add(item);
        continue;
      }
      skipped++;
      const merged = mergeImported(target, item);
      if (merged === target) continue;
      index.add(merged);
      if (added.has(id)) added.set(id, merged);
      else changed.set(id, merged);
    }
    const storedHistory = await historyFor(
      db,
      [...incoming.keys()].filter((id) => storedIds.has(id)),
    );
    const newRows: Row[] = [];
    const touched = new Set<string>();
    for (const [id, rows] of incoming) {
      const fresh = unseen(
        storedHistory.get(id) ?? [],
        rows.sort((a, b) => a.time - b.time),
      );
      if (fresh.length > 0 && storedIds.has(id)) touched.add(id);
      newRows.push(...fresh);
    }
    await db.history.bulkAdd(newRows);
    for (const item of added.values()) {
      const first = (incoming.get(item.id) ?? []).find((r) => r.price !== null && r.currency === item.currency);
      item.priceDropped = isPriceDropped(item, first?.price ?? null);
    }
    // Older history from another device can change what "first recorded price" is.
    for (const id of touched)
      if (!changed.has(id))
        changed.set(
          id,
          stored.find((i) => i.id === id)!,
        );
    for (const item of changed.values()) {
      item.priceDropped = isPriceDropped(item, await firstRecordedPrice(db, item.id, item.currency));
    }
    await db.items.bulkPut([...added.values(), ...changed.values()]);
    return { added: added.size, skipped, historyAdded: newRows.length };
  });
}
