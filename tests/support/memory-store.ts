import type { ImportSummary, SavedItem } from '../../lib/db/types';
import { cleanSaveInput } from '../../lib/db/sanitize';
import { parseExport } from '../../lib/db/import-validate';
import { textKey, urlKey } from '../../lib/db/key';
import { isPriceDropped } from '../../lib/db/price-drop';
import { toCsv } from '../../lib/db/csv';

/**
 * The mock API's wishlist: items in a Map, checked with the database layer's own input
 * sanitising and export parsing so the mock accepts and rejects what the real one does.
 */
export function createMemoryStore(initial: readonly SavedItem[], now: () => number) {
  const items = new Map<string, SavedItem>(initial.map((i) => [i.id, structuredClone(i)]));
  const subs = new Set<() => void>();
  const changed = () => subs.forEach((notify) => notify());
  const oldestFirst = () => [...items.values()].sort((a, b) => a.createdAt - b.createdAt);

  return {
    all: () => [...items.values()],
    has: (id: string) => items.has(id),
    onChange(cb: () => void): () => void {
      subs.add(cb);
      return () => subs.delete(cb);
    },
    /** Saves like `saveItem`: a new row, or the same product's row with the fresh price. */
    upsert(input: unknown): SavedItem {
      const c = cleanSaveInput(input);
      const t = now();
      const tKey = textKey(c.brand, c.name, c.retailer);
      const uKey = urlKey(c.listingUrl);
      const id = uKey ?? tKey;
      const old = items.get(id);
      const item: SavedItem = old
        ? {
            ...old,
            currentPrice: c.currentPrice ?? old.currentPrice,
            currency: c.currency ?? old.currency,
            updatedAt: t,
          }
        : { id, ...c, createdAt: t, updatedAt: t, priceDropped: false, textKey: tKey, urlKey: uKey };
      item.priceDropped = isPriceDropped(item, null);
      items.set(id, item);
      changed();
      return item;
    },
    edit(id: string, change: Partial<SavedItem>): void {
      const old = items.get(id);
      if (!old) return;
      items.set(id, { ...old, ...change, updatedAt: now() });
      changed();
    },
    remove(id: string): SavedItem | undefined {
      const item = items.get(id);
      if (item && items.delete(id)) changed();
      return item;
    },
    put(item: SavedItem): void {
      items.set(item.id, item);
      changed();
    },
    exportJson(): string {
      return JSON.stringify({
        format: 'magpie-wishlist',
        version: 1,
        exportedAt: now(),
        items: oldestFirst(),
        history: [],
      });
    },
    exportCsv(): string {
      return toCsv([['brand', 'name', 'retailer'], ...oldestFirst().map((i) => [i.brand, i.name, i.retailer])]);
    },
    importJson(text: string): ImportSummary {
      const parsed = parseExport(text);
      const added = parsed.items.filter((i) => !items.has(i.id));
      for (const i of added) items.set(i.id, { ...i, priceDropped: isPriceDropped(i, null) });
      if (added.length) changed();
      return { added: added.length, skipped: parsed.items.length - added.length + parsed.duplicates, historyAdded: 0 };
    },
  };
}
