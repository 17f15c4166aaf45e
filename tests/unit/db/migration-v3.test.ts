import { afterEach, describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  queryItems,
  queryTotals,
  readTotals,
  removeItem,
  restoreRemoved,
  totalsByCurrency,
  updateListing,
  type MagpieDB,
} from '@/lib/db';
import { openUpgraded, seedAtVersion } from './migration-harness';

/** The v2 schema exactly as shipped (v1's tables with v2's changes). Never edit: add a new version instead. */
const V2_STORES = {
  items: 'id, createdAt, updatedAt, retailer, *tags, textKey, urlKey, checkedAt',
  history: '++id, [itemId+time]',
  listingCache: 'key, expiresAt',
  removed: 'id, removedAt, urlKey, textKey',
  changes: '++id, itemId, handledAt',
};

const T = Date.UTC(2026, 3, 2);

/** An items row as a v2 Magpie wrote it (literal fields, not produced by today's code). */
function v2Item(n: number, over: Record<string, unknown>): Record<string, unknown> {
  return {
    id: `https://shop.example.org/p/${n}`,
    brand: 'Maker',
    name: `Thing ${n}`,
    retailer: n % 2 ? 'Shop A' : 'Shop B',
    listingUrl: `https://shop.example.org/p/${n}`,
    articleUrl: null,
    articleTitle: null,
    mentionUrl: null,
    articlePrice: null,
    currentPrice: null,
    currency: null,
    availability: 'InStock',
    image: null,
    notes: '',
    tags: n % 3 ? [] : ['gift'],
    source: 'page',
    createdAt: T + n,
    updatedAt: T + n,
    priceDropped: false,
    textKey: `k:maker|thing ${n}|shop`,
    urlKey: `https://shop.example.org/p/${n}`,
    checkedAt: T + n,
    ...over,
  };
}

const V2_ROWS = {
  items: [
    v2Item(1, { currentPrice: 19.99, currency: 'EUR' }),
    v2Item(2, { currentPrice: 0.1, currency: 'EUR', articlePrice: { amount: 5, currency: 'GBP' } }),
    // No current price: the article's price counts, in its own currency.
    v2Item(3, { articlePrice: { amount: 120, currency: 'GBP' } }),
    v2Item(4, { currentPrice: 45.5, currency: 'USD' }),
    v2Item(5, {}),
    // Unreadable (no name): every read leaves it out, so the totals do too.
    v2Item(6, { name: undefined, currentPrice: 1000, currency: 'EUR' }),
  ],
  removed: [
    {
      id: 'https://shop.example.org/p/9',
      removedAt: Date.now() - 60_000,
      urlKey: 'https://shop.example.org/p/9',
      textKey: 'k:maker|thing 9|shop',
      item: v2Item(9, { currentPrice: 300, currency: 'GBP' }),
      history: [],
    },
  ],
};

let opened: MagpieDB | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

describe('schema v3: running totals', () => {
  it('is appended after v2 and adds only the totals table', () => {
    expect(MIGRATIONS[1]!.version).toBe(2);
    expect(MIGRATIONS[2]).toMatchObject({ version: 3, stores: { totals: 'currency' } });
  });

  it('a database written at v2 opens with totals built from its readable rows, rows untouched', async () => {
    const name = `magpie-test-v2-${crypto.randomUUID()}`;
    await seedAtVersion(name, 2, V2_STORES, V2_ROWS);
    const { db, tables } = await openUpgraded(name);
    opened = db;
    expect(db.verno).toBe(3);
    expect(tables.items).toEqual(V2_ROWS.items);
    expect(tables.removed).toEqual(V2_ROWS.removed);
    const byCurrency = Object.fromEntries((tables.totals as Array<{ currency: string }>).map((r) => [r.currency, r]));
    expect(byCurrency).toEqual({
      EUR: { currency: 'EUR', cents: 2009, count: 2 },
      GBP: { currency: 'GBP', cents: 12000, count: 1 },
      USD: { currency: 'USD', cents: 4550, count: 1 },
    });
    const listed = await queryItems({}, db);
    expect(listed.corrupt).toBe(1);
    expect(await readTotals(db)).toEqual(totalsByCurrency(listed.items));
    expect(await queryTotals({ limit: 1 }, db)).toEqual([
      { currency: 'EUR', total: 20.09, count: 2 },
      { currency: 'GBP', total: 120, count: 1 },
      { currency: 'USD', total: 45.5, count: 1 },
    ]);
  });

  it('keeps the upgraded totals exact through later writes, the kept removed row included', async () => {
    const name = `magpie-test-v2-${crypto.randomUUID()}`;
    await seedAtVersion(name, 2, V2_STORES, V2_ROWS);
    const { db } = await openUpgraded(name);
    opened = db;
    await updateListing('https://shop.example.org/p/3', { ...noListing, price: 130, currency: 'USD' }, db);
    await removeItem('https://shop.example.org/p/1', db);
    await restoreRemoved('https://shop.example.org/p/9', db);
    expect(await readTotals(db)).toEqual([
      { currency: 'USD', total: 175.5, count: 2 },
      { currency: 'EUR', total: 0.1, count: 1 },
      { currency: 'GBP', total: 300, count: 1 },
    ]);
    expect(await readTotals(db)).toEqual(totalsByCurrency((await queryItems({}, db)).items));
  });
});

const noListing = { title: null, brand: null, price: null, currency: null, availability: null, image: null, url: null };
