import type { RefObject } from 'preact';
import type { ItemQuery } from '../lib/db/types';

export type SortChoice = 'newest' | 'oldest' | 'price-asc' | 'price-desc' | 'brand';

/** What the wishlist's controls hold; `toQuery` turns it into a database query. */
export interface Filters {
  search: string;
  sort: SortChoice;
  /** '' for every retailer. */
  retailer: string;
  inStock: boolean;
  priceDropped: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  search: '',
  sort: 'newest',
  retailer: '',
  inStock: false,
  priceDropped: false,
};

const SORTS: Record<SortChoice, { label: string; query: Pick<ItemQuery, 'sort' | 'dir'> }> = {
  newest: { label: 'Newest first', query: { sort: 'date', dir: 'desc' } },
  oldest: { label: 'Oldest first', query: { sort: 'date', dir: 'asc' } },
  'price-asc': { label: 'Price: low to high', query: { sort: 'price', dir: 'asc' } },
  'price-desc': { label: 'Price: high to low', query: { sort: 'price', dir: 'desc' } },
  brand: { label: 'Brand A–Z', query: { sort: 'brand', dir: 'asc' } },
};

/** The database query for a set of filters. */
export function toQuery(f: Filters): ItemQuery {
  const q: ItemQuery = { ...SORTS[f.sort].query };
  if (f.search.trim()) q.search = f.search.trim();
  if (f.retailer) q.retailer = f.retailer;
  if (f.inStock) q.inStock = true;
  if (f.priceDropped) q.priceDropped = true;
  return q;
}

/** True when any filter narrows the list (sorting does not). */
export function isFiltered(f: Filters): boolean {
  return f.search.trim() !== '' || f.retailer !== '' || f.inStock || f.priceDropped;
}

interface Props {
  filters: Filters;
  retailers: string[];
  onChange: (f: Filters) => void;
  searchRef?: RefObject<HTMLInputElement>;
  idPrefix: string;
}

/** Search, sort and filters for the wishlist; every control is labelled. */
export function WishlistControls({ filters, retailers, onChange, searchRef, idPrefix }: Props) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...filters, [k]: v });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  // A retailer chosen earlier stays listed even if its last item went, so the select never lies.
  const options =
    filters.retailer && !retailers.includes(filters.retailer) ? [filters.retailer, ...retailers] : retailers;
  return (
    <div class="controls" role="search">
      <label class="control control-search" for={`${idPrefix}-search`}>
        <span class="sr-only">Search the wishlist</span>
        <input
          id={`${idPrefix}-search`}
          ref={searchRef}
          class="input"
          type="search"
          placeholder="Search brand, name, shop, notes, tags"
          value={filters.search}
          maxLength={200}
          onInput={(e) => set('search', value(e))}
        />
      </label>
      <label class="control" for={`${idPrefix}-sort`}>
        <span class="control-label">Sort</span>
        <select
          id={`${idPrefix}-sort`}
          class="input"
          value={filters.sort}
          onChange={(e) => set('sort', value(e) as SortChoice)}
        >
          {(Object.keys(SORTS) as SortChoice[]).map((k) => (
            <option key={k} value={k}>
              {SORTS[k].label}
            </option>
          ))}
        </select>
      </label>
      <label class="control" for={`${idPrefix}-retailer`}>
        <span class="control-label">Shop</span>
        <select
          id={`${idPrefix}-retailer`}
          class="input"
          value={filters.retailer}
          onChange={(e) => set('retailer', value(e))}
        >
          <option value="">All shops</option>
          {options.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label class="control control-check">
        <input type="checkbox" checked={filters.inStock} onChange={(e) => set('inStock', checked(e))} />
        In stock
      </label>
      <label class="control control-check">
        <input type="checkbox" checked={filters.priceDropped} onChange={(e) => set('priceDropped', checked(e))} />
        Price dropped
      </label>
    </div>
  );
}
