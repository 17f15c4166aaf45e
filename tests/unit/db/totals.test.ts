import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/listing/types';
import {
  clearAll,
  exportJson,
  importJson,
  markCheckFailed,
  queryItems,
  queryTotals,
  readTotals,
  removeItem,
  restoreItem,
  restoreRemoved,
  saveItem,
  setNotes,
  setTags,
  totalsByCurrency,
  updateListing,
  watchTotals,
  type MagpieDB,
  type RemovedItem,
  type SaveItemInput,
  type SavedItem,
} from '@/lib/db';
import { freshDb } from './helpers';

/** A small seeded generator (mulberry32), so a failing sequence can be run again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CURRENCIES = ['GBP', 'EUR', 'USD', 'JPY'];

/** What every view computes: the sums over every readable row, read in full. */
async function recomputed(db: MagpieDB) {
  return totalsByCurrency((await queryItems({}, db)).items);
}

async function expectExact(db: MagpieDB, step: string): Promise<void> {
  expect(await readTotals(db), step).toEqual(await recomputed(db));
}

function listing(over: Partial<Listing>): Listing {
  return { title: null, brand: null, price: null, currency: null, availability: null, image: null, url: null, ...over };
}

/** Runs one random write against `db`; returns its name for the failure message. */
function writer(db: MagpieDB, rnd: () => number, other: MagpieDB) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const amount = () => Math.round(rnd() * 100_000) / 100;
  const undo: RemovedItem[] = [];
  const removedIds: string[] = [];
  const product = (n: number): SaveItemInput => ({
    source: 'article',
    brand: `Brand ${n % 4}`,
    name: `Product ${n}`,
    retailer: `Shop ${n % 3}`,
    // A third have no listing URL, so they are matched by brand, name and retailer.
    listingUrl: n % 3 ? `https://shop.example.net/p/${n}` : null,
    articlePrice: rnd() < 0.6 ? { amount: amount(), currency: pick(CURRENCIES) } : null,
    ...(rnd() < 0.5 ? { currentPrice: amount(), currency: pick(CURRENCIES) } : {}),
  });
  const ids = async () => (await db.items.toCollection().primaryKeys()) as string[];
  const anyId = async () => pick([...(await ids()), 'https://shop.example.net/p/missing']);

  const ops: Array<[string, () => Promise<unknown>]> = [
    ['save', () => saveItem(product(Math.floor(rnd() * 14)), db)],
    ['save', () => saveItem(product(Math.floor(rnd() * 14)), db)],
    // A fresh price, often in another currency than the one before (a shop shown in another region).
    [
      'price update',
      async () => updateListing(await anyId(), listing({ price: amount(), currency: pick(CURRENCIES) }), db),
    ],
    ['price update, currency unknown', async () => updateListing(await anyId(), listing({ price: amount() }), db)],
    ['stock-only update', async () => updateListing(await anyId(), listing({ availability: 'OutOfStock' }), db)],
    [
      'remove (soft)',
      async () => {
        const r = await removeItem(await anyId(), db);
        if (r) (undo.push(r), removedIds.push(r.item.id));
      },
    ],
    ['undo by token', async () => undo.length && restoreItem(undo.splice(Math.floor(rnd() * undo.length), 1)[0]!, db)],
    ['undo from anywhere', async () => removedIds.length && restoreRemoved(pick(removedIds), db)],
    ['notes', async () => setNotes(await anyId(), 'check the size', db)],
    ['tags', async () => setTags(await anyId(), ['gift'], db)],
    ['failed check', async () => markCheckFailed(await anyId(), 'timed out', db)],
    ['import', async () => importJson(await exportJson(other), db)],
    [
      'concurrent saves',
      () => Promise.all([saveItem(product(3), db), saveItem(product(4), db), saveItem(product(3), db)]),
    ],
    // Raw table writes: the totals are kept below the Table API, whatever code writes.
    [
      'raw modify: currency change',
      () =>
        db.items
          .where('retailer')
          .equals('Shop 1')
          .modify((r: SavedItem) => {
            if (r.currentPrice !== null) r.currency = pick(CURRENCIES);
          }),
    ],
    [
      'raw delete by index',
      () =>
        db.items
          .where('retailer')
          .equals(`Shop ${Math.floor(rnd() * 3)}`)
          .delete(),
    ],
    // A primary-key range: Dexie deletes it as one range, not key by key.
    ['raw delete by key range', () => db.items.where('id').between('https://shop.example.net/p/4', 'k:').delete()],
    [
      'raw bulkPut, one key twice',
      async () => {
        const rows = (await queryItems({ limit: 1 }, db)).items;
        if (rows[0]) {
          const a = { ...rows[0], currentPrice: amount(), currency: 'GBP' };
          await db.items.bulkPut([a, { ...a, currentPrice: amount(), currency: 'EUR' }]);
        }
      },
    ],
    ['raw unreadable row', () => db.items.put({ id: `bad-${rnd()}`, currentPrice: 5, currency: 'GBP' } as never)],
    ['clear', () => (rnd() < 0.3 ? clearAll(db) : Promise.resolve())],
  ];
  return async (): Promise<string> => {
    const [name, run] = pick(ops);
    await run();
    return name;
  };
}

describe('running totals', () => {
  it('equal a full recomputation after every write of a random sequence', async () => {
    for (const seed of [1, 2, 3]) {
      const db = freshDb();
      const other = freshDb();
      const rnd = random(seed);
      for (let n = 0; n < 6; n++)
        await saveItem(
          { source: 'page', name: `Other ${n % 4}`, currentPrice: 10 + n, currency: CURRENCIES[n % 4]! },
          other,
        );
      const step = writer(db, rnd, other);
      for (let n = 0; n < 70; n++) {
        const name = await step();
        await expectExact(db, `seed ${seed}, step ${n}: ${name}`);
      }
    }
  });

  it('stay as they were when a transaction that wrote items fails', async () => {
    const db = freshDb();
    await saveItem({ source: 'page', name: 'Scarf', currentPrice: 30, currency: 'GBP' }, db);
    const before = await readTotals(db);
    await expect(
      db.transaction('rw', db.items, async () => {
        await db.items.clear();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await readTotals(db)).toEqual(before);
    expect(before).toEqual([{ currency: 'GBP', total: 30, count: 1 }]);
  });

  it('count interleaved writes in one transaction once each', async () => {
    const db = freshDb();
    const belt = await saveItem({ source: 'page', name: 'Belt', currentPrice: 20, currency: 'EUR' }, db);
    const cap = await saveItem({ source: 'page', name: 'Cap', currentPrice: 10, currency: 'EUR' }, db);
    // Issued together: each reads the row it replaces and the sums it moves before the others wrote.
    await db.transaction('rw', db.items, () =>
      Promise.all([
        db.items.put({ ...belt, currentPrice: 25 }),
        db.items.put({ ...cap, currentPrice: 11 }),
        db.items.put({ ...belt, currentPrice: 40, currency: 'USD' }),
        db.items.put({ ...belt, id: 'https://shop.example.net/p/x', currentPrice: 0.05 }),
      ]),
    );
    expect(await readTotals(db)).toEqual([
      { currency: 'EUR', total: 11.05, count: 2 },
      { currency: 'USD', total: 40, count: 1 },
    ]);
    await expectExact(db, 'interleaved');
  });

  it('filtered totals sum only the matching rows; unfiltered ones ignore the window', async () => {
    const db = freshDb();
    await saveItem({ source: 'page', name: 'Bag', retailer: 'Shop A', currentPrice: 100, currency: 'GBP' }, db);
    await saveItem({ source: 'page', name: 'Hat', retailer: 'Shop B', currentPrice: 20, currency: 'GBP' }, db);
    expect(await queryTotals({ retailer: 'shop a', limit: 0 }, db)).toEqual([
      { currency: 'GBP', total: 100, count: 1 },
    ]);
    expect(await queryTotals({ limit: 1, offset: 1 }, db)).toEqual([{ currency: 'GBP', total: 120, count: 2 }]);
  });

  it('are delivered again after a write that moves them', async () => {
    const db = freshDb();
    const seen: number[] = [];
    const stop = watchTotals({}, (t) => seen.push(t[0]?.total ?? 0), db);
    const until = async (want: number) => {
      for (let n = 0; n < 100 && seen.at(-1) !== want; n++) await new Promise((r) => setTimeout(r, 10));
      expect(seen.at(-1)).toBe(want);
    };
    await until(0);
    const { id } = await saveItem({ source: 'page', name: 'Ring', currentPrice: 12.5, currency: 'GBP' }, db);
    await until(12.5);
    await removeItem(id, db);
    await until(0);
    stop();
  });
});
