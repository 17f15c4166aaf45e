import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { CacheEntry, ChangeRow, HistoryRow, RemovedRow, SavedItem } from './types';
import { rebuildTotals, type TotalRow } from './totals-rows';
import { totalsMiddleware } from './totals-middleware';

/** One schema step. Append-only: a shipped step is never edited, only followed by a new one. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version Magpie has shipped, oldest first. To change the schema, append
 * `{ version: n, stores: {...changed tables}, upgrade(tx) {...} }` and add a test that seeds a
 * database at n-1 with `seedAtVersion` (tests/unit/db/migration-harness.ts) and opens it here.
 *
 * Not indexed, on purpose (see scripts/bench-db.ts): price and brand (sorting needs missing
 * values last and accent-folded order, which IndexedDB key order cannot give), priceDropped
 * (booleans are not valid keys) and availability (most saved items are in stock, so an index
 * read is no faster than reading the table). Those are sorted and filtered in memory.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      items: 'id, createdAt, updatedAt, retailer, *tags, textKey, urlKey',
      history: '++id, [itemId+time]',
      listingCache: 'key, expiresAt',
    },
  },
  {
    // Tracking: items know when they were last checked (the refresh takes the oldest first);
    // removed items wait 30 days in `removed` so a re-save brings notes, tags and history back;
    // `changes` is the outbox of price/stock changes the alerts read (written with the history row).
    version: 2,
    stores: {
      items: 'id, createdAt, updatedAt, retailer, *tags, textKey, urlKey, checkedAt',
      removed: 'id, removedAt, urlKey, textKey',
      changes: '++id, itemId, handledAt',
    },
    async upgrade(tx) {
      await tx
        .table('items')
        .toCollection()
        .modify((row: Record<string, unknown>) => {
          if (typeof row.checkedAt !== 'number') row.checkedAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0;
        });
    },
  },
  {
    // Running per-currency totals of the items, kept in every write's transaction by
    // totals-middleware.ts, so the popup shows the sums without reading every row.
    version: 3,
    stores: { totals: 'currency' },
    upgrade: (tx) => rebuildTotals(tx.table('items'), tx.table('totals')),
  },
];

/** Magpie's IndexedDB database. Open it with `openMagpieDb` or `getDb`, never at module load. */
export class MagpieDB extends Dexie {
  items!: EntityTable<SavedItem, 'id'>;
  history!: EntityTable<HistoryRow, 'id'>;
  listingCache!: EntityTable<CacheEntry, 'key'>;
  removed!: EntityTable<RemovedRow, 'id'>;
  changes!: EntityTable<ChangeRow, 'id'>;
  /** Derived: per-currency sums of `items`, never written directly (see totals-middleware.ts). */
  totals!: EntityTable<TotalRow, 'currency'>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    for (const m of MIGRATIONS) {
      const v = this.version(m.version).stores(m.stores);
      if (m.upgrade) v.upgrade(m.upgrade);
    }
    this.use(totalsMiddleware);
  }
}

/** A handle on the named database (opened on first use). Tests pass unique names. */
export function openMagpieDb(name = 'magpie'): MagpieDB {
  return new MagpieDB(name);
}

let shared: MagpieDB | undefined;

/** The extension's one database, created on first call. */
export function getDb(): MagpieDB {
  shared ??= openMagpieDb();
  return shared;
}
