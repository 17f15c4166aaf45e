import type { Table } from 'dexie';
import { isSavedItem } from './guards';
import {
  addShare,
  priceShare,
  toCurrencyTotals,
  type CentSums,
  type CurrencyTotal,
  type PriceShare,
} from './price-totals';

/** The table of running totals, and the table they sum. */
export const TOTALS = 'totals';
export const ITEMS = 'items';

/** One row of `totals`: the sum of one currency's item prices in whole cents, and how many items. */
export interface TotalRow {
  currency: string;
  cents: number;
  count: number;
}

/** What a stored items row adds to the totals: unreadable rows are left out, as every read leaves them out. */
export function shareOfRow(row: unknown): PriceShare | null {
  return isSavedItem(row) ? priceShare(row) : null;
}

/** A readable totals row (the table is ours, but a row read back is still checked). */
export function isTotalRow(v: unknown): v is TotalRow {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as TotalRow;
  return typeof r.currency === 'string' && Number.isSafeInteger(r.cents) && Number.isSafeInteger(r.count);
}

/** Stored totals rows as the wishlist shows them. */
export function totalsOfRows(rows: readonly unknown[]): CurrencyTotal[] {
  return toCurrencyTotals(rows.filter(isTotalRow).map((r) => [r.currency, r]));
}

/**
 * Recomputes `totals` from every items row. For the migration that made the table, and for any
 * later one that rewrites prices while the sums are not kept (see totals-middleware.ts).
 */
export async function rebuildTotals(items: Table, totals: Table): Promise<void> {
  const sums: CentSums = new Map();
  await items.each((row: unknown) => addShare(sums, shareOfRow(row), 1));
  await totals.clear();
  const rows: TotalRow[] = [...sums].filter(([, s]) => s.count > 0).map(([currency, s]) => ({ currency, ...s }));
  await totals.bulkPut(rows);
}
