import type { ItemQuery, SavedItem } from '../../lib/db/types';
import { currencyOf, IN_STOCK } from '../../lib/db/query';
import { fold } from '../../lib/db/text';

const priceOf = (i: SavedItem): number | null => i.currentPrice ?? i.articlePrice?.amount ?? null;

/**
 * The wishlist query over an in-memory array, with the database's documented semantics (all
 * search words must match brand/name/retailer/notes/tags; missing sort keys last; ties newest
 * first; prices within each currency). Used by the mock API so component tests exercise the same behaviour.
 */
export function queryInMemory(all: readonly SavedItem[], q: ItemQuery): SavedItem[] {
  const words = fold(q.search ?? '').split(/\s+/).filter(Boolean);
  const matches = all.filter((i) => {
    if (q.retailer !== undefined && (i.retailer ?? '').toLowerCase() !== q.retailer.toLowerCase()) return false;
    if (q.tag !== undefined && !i.tags.some((t) => t.toLowerCase() === q.tag?.toLowerCase())) return false;
    if (q.inStock && !(i.availability !== null && IN_STOCK.includes(i.availability))) return false;
    if (q.priceDropped && !i.priceDropped) return false;
    const text = fold([i.brand, i.name, i.retailer, i.notes, ...i.tags].join('\n'));
    return words.every((w) => text.includes(w));
  });
  const sort = q.sort ?? 'date';
  const desc = (q.dir ?? (sort === 'date' ? 'desc' : 'asc')) === 'desc';
  const key = (i: SavedItem): number | string | null =>
    sort === 'price' ? priceOf(i) : sort === 'brand' ? (i.brand ? fold(i.brand) : null) : i.createdAt;
  return matches.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? b.createdAt - a.createdAt : ka === null ? 1 : -1;
    if (sort === 'price' && currencyOf(a) !== currencyOf(b)) return currencyOf(a) < currencyOf(b) ? -1 : 1;
    const c = ka < kb ? -1 : ka > kb ? 1 : 0;
    return (desc ? -c : c) || b.createdAt - a.createdAt;
  });
}
