import type { Availability } from '../listing/types';
import type { ItemQuery, SavedItem, SortKey } from './types';
import { lowerNoAccents } from './text';

/** Availabilities that mean "can be bought now". */
export const IN_STOCK: readonly Availability[] = ['InStock', 'LimitedAvailability', 'OnlineOnly', 'InStoreOnly'];

const MAX_SEARCH = 200;

/** Whether `q` filters nothing (sort, order and window aside): every row matches. */
export const isPlainList = (q: ItemQuery): boolean =>
  !q.search?.trim() && q.retailer === undefined && q.tag === undefined && !q.inStock && !q.priceDropped;

const priceOf = (i: SavedItem): number | null => i.currentPrice ?? i.articlePrice?.amount ?? null;
/** The currency `priceOf` is in. */
export const currencyOf = (i: SavedItem): string =>
  (i.currentPrice !== null ? i.currency : i.articlePrice?.currency) ?? '';
const brandOf = (i: SavedItem): string | null => (i.brand ? lowerNoAccents(i.brand) : null);
const lower = (s: string | null): string => (s ?? '').toLowerCase();

/**
 * Sorts by a key computed once per item, missing values last whatever the direction, ties
 * newest first. Prices sort within each currency, the currencies grouped A–Z.
 */
function sortItems(items: SavedItem[], sort: SortKey, desc: boolean): SavedItem[] {
  const key: (i: SavedItem) => number | string | null =
    sort === 'price' ? priceOf : sort === 'brand' ? brandOf : (i) => i.createdAt;
  const keyed = items.map((item) => ({ item, k: key(item), g: sort === 'price' ? currencyOf(item) : '' }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? b.item.createdAt - a.item.createdAt : a.k === null ? 1 : -1;
    // Prices only compare within one currency: ¥298,000 is not above $4,300. Groups go A–Z by code.
    if (a.g !== b.g) return a.g < b.g ? -1 : 1;
    const c = a.k < b.k ? -1 : a.k > b.k ? 1 : 0;
    return (desc ? -c : c) || b.item.createdAt - a.item.createdAt;
  });
  return keyed.map((e) => e.item);
}

function haystack(i: SavedItem): string {
  return lowerNoAccents([i.brand, i.name, i.retailer, i.notes, ...i.tags].join('\n'));
}

function predicate(q: ItemQuery): (i: SavedItem) => boolean {
  const words = lowerNoAccents(q.search ?? '')
    .slice(0, MAX_SEARCH)
    .split(/\s+/)
    .filter(Boolean);
  const retailer = q.retailer === undefined ? undefined : lower(q.retailer);
  const tag = q.tag === undefined ? undefined : lower(q.tag);
  return (i) => {
    if (retailer !== undefined && lower(i.retailer) !== retailer) return false;
    if (tag !== undefined && !i.tags.some((t) => lower(t) === tag)) return false;
    if (q.inStock && !(i.availability !== null && IN_STOCK.includes(i.availability))) return false;
    if (q.priceDropped && !i.priceDropped) return false;
    if (words.length === 0) return true;
    const text = haystack(i);
    return words.every((w) => text.includes(w));
  };
}

/**
 * The items matching `q` (every search word in brand, name, shop, notes or tags; the search capped
 * at MAX_SEARCH characters), sorted as `q` asks. Pure, so the database's query and the in-memory
 * test double give the same answer by construction. `q` is trusted: queryItems checks it first.
 */
export function matchAndSort(items: readonly SavedItem[], q: ItemQuery): SavedItem[] {
  const sort = q.sort ?? 'date';
  const desc = (q.dir ?? (sort === 'date' ? 'desc' : 'asc')) === 'desc';
  return sortItems(items.filter(predicate(q)), sort, desc);
}
