import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openMagpieDb, queryItems, type ItemQuery, type MagpieDB } from '@/lib/db';
import { matchAndSort as queryInMemory } from '@/lib/db/match-sort';
import { mockItems } from '@/tests/support/mock-data';

let db: MagpieDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

const QUERIES: ItemQuery[] = [
  {},
  { sort: 'date', dir: 'asc' },
  { sort: 'price' },
  { sort: 'price', dir: 'desc' },
  { sort: 'brand' },
  { search: 'ganni' },
  { search: 'shopbop bag' },
  { search: 'NOTE 1' },
  { search: 'gift' },
  { retailer: 'ssense' },
  { inStock: true },
  { priceDropped: true },
  { inStock: true, priceDropped: true, sort: 'brand', dir: 'desc' },
  { tag: 'GIFT' },
];

describe('matchAndSort (the mock’s query) agrees with the database’s indexed reads', () => {
  it.each(QUERIES.map((q) => [JSON.stringify(q), q] as const))('%s', async (_name, q) => {
    db = openMagpieDb(`mq-${crypto.randomUUID()}`);
    const items = mockItems(60);
    await db.items.bulkPut(items);
    const fromDb = (await queryItems(q, db)).items.map((i) => i.id);
    expect(queryInMemory(items, q).map((i) => i.id)).toEqual(fromDb);
    expect(fromDb.length).toBeGreaterThan(0);
  });
});
