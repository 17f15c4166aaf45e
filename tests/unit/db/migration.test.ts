import { afterEach, describe, expect, it } from 'vitest';
import { getCached, getHistory, itemsCheckedBefore, MIGRATIONS, queryItems, type MagpieDB } from '@/lib/db';
import { openUpgraded, seedAtVersion } from './migration-harness';

/** The v1 schema exactly as shipped in Magpie 0.1.0. Never edit: add a new version instead. */
const V1_STORES = {
  items: 'id, createdAt, updatedAt, retailer, *tags, textKey, urlKey',
  history: '++id, [itemId+time]',
  listingCache: 'key, expiresAt',
};

const T = Date.UTC(2025, 0, 15);

/** Rows as a v1 Magpie wrote them (literal, not produced by today's code). */
const V1_ROWS = {
  items: [
    {
      id: 'https://arket.com/en_gbp/women/knitwear/product.wool-jumper.1165322002.html',
      brand: 'Arket',
      name: 'Wool jumper',
      retailer: 'Arket',
      listingUrl: 'https://www.arket.com/en_gbp/women/knitwear/product.wool-jumper.1165322002.html',
      articleUrl: 'https://www.example-magazine.com/fashion/knitwear-edit',
      articleTitle: 'The knitwear edit',
      mentionUrl: 'https://go.example-affiliate.com/?url=https%3A%2F%2Fwww.arket.com%2F',
      articlePrice: { amount: 89, currency: 'GBP' },
      currentPrice: 69,
      currency: 'GBP',
      availability: 'InStock',
      image: null,
      notes: 'navy or grey?',
      tags: ['knitwear'],
      source: 'article',
      createdAt: T,
      updatedAt: T + 1000,
      priceDropped: true,
      textKey: 'k:arket|wool jumper|arket',
      urlKey: 'https://arket.com/en_gbp/women/knitwear/product.wool-jumper.1165322002.html',
    },
    {
      id: 'k:sezane|clint ankle boots|sezane',
      brand: 'Sézane',
      name: 'Clint ankle boots',
      retailer: 'Sézane',
      listingUrl: null,
      articleUrl: null,
      articleTitle: null,
      mentionUrl: null,
      articlePrice: null,
      currentPrice: null,
      currency: null,
      availability: null,
      image: null,
      notes: '',
      tags: [],
      source: 'link',
      createdAt: T + 5000,
      updatedAt: T + 5000,
      priceDropped: false,
      textKey: 'k:sezane|clint ankle boots|sezane',
      urlKey: null,
    },
  ],
  history: [
    {
      id: 1,
      itemId: 'https://arket.com/en_gbp/women/knitwear/product.wool-jumper.1165322002.html',
      time: T,
      price: 89,
      currency: 'GBP',
      availability: 'InStock',
    },
    {
      id: 2,
      itemId: 'https://arket.com/en_gbp/women/knitwear/product.wool-jumper.1165322002.html',
      time: T + 1000,
      price: 69,
      currency: 'GBP',
      availability: 'InStock',
    },
  ],
  listingCache: [
    {
      key: 'q:arket wool jumper',
      value: { status: 'not-found', searchUrl: null },
      fetchedAt: T,
      expiresAt: 8_000_000_000_000,
    },
  ],
};

let opened: MagpieDB | undefined;
afterEach(async () => {
  await opened?.delete();
  opened = undefined;
});

describe('schema migrations', () => {
  it('are append-only: v1 is as shipped and versions only increase', () => {
    expect(MIGRATIONS[0]).toEqual({ version: 1, stores: V1_STORES });
    MIGRATIONS.forEach((m, n) => n > 0 && expect(m.version).toBeGreaterThan(MIGRATIONS[n - 1]!.version));
  });

  it('a database written at v1 opens in MagpieDB with every row intact and usable', async () => {
    const name = `magpie-test-v1-${crypto.randomUUID()}`;
    await seedAtVersion(name, 1, V1_STORES, V1_ROWS);
    const { db, tables } = await openUpgraded(name);
    opened = db;
    expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
    // v2 adds checkedAt (the last update, so the refresh takes the longest-unchecked first) and two empty tables;
    // v3 sums the prices per currency (the boots have none).
    expect(tables).toEqual({
      ...V1_ROWS,
      items: V1_ROWS.items.map((i) => ({ ...i, checkedAt: i.updatedAt })),
      removed: [],
      changes: [],
      totals: [{ currency: 'GBP', cents: 6900, count: 1 }],
    });
    expect((await itemsCheckedBefore(T + 2000, 10, db)).map((i) => i.name)).toEqual(['Wool jumper']);
    const listed = await queryItems({}, db);
    expect(listed.corrupt).toBe(0);
    expect(listed.items.map((i) => i.name)).toEqual(['Clint ankle boots', 'Wool jumper']);
    expect((await queryItems({ inStock: true, tag: 'knitwear' }, db)).total).toBe(1);
    expect((await getHistory(V1_ROWS.items[0]!.id, db)).map((h) => h.price)).toEqual([89, 69]);
    expect(await getCached('Arket wool jumper', db)).toMatchObject({ fresh: true, listing: null });
  });
});
