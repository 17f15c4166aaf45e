/** The wishlist benchmark body, shared by the Node (fake-indexeddb) and Chromium runs of scripts/bench-db.ts. */
import {
  exportJson,
  importJson,
  openMagpieDb,
  queryItems,
  saveItem,
  type ItemQuery,
  type MagpieDB,
  type SaveItemInput,
} from '../lib/db';

const BRANDS = ['Toteme', 'Sézane', 'Arket', 'Ganni', 'Acne Studios', 'COS', 'Khaite', 'The Row', 'Nanushka', 'Ba&sh'];
const RETAILERS = ['Net-a-Porter', 'Selfridges', 'MatchesFashion', 'Mytheresa', 'Liberty', 'Harvey Nichols'];
const THINGS = [
  'wool coat',
  'ankle boots',
  'silk scarf',
  'cashmere jumper',
  'linen shirt',
  'leather tote',
  'midi dress',
];

/** The wishlist views the benchmarks time, as [label, query]. */
export const QUERIES: [string, ItemQuery][] = [
  ['newest first, first page of 50', { limit: 50 }],
  ['newest first, all', {}],
  ['search "wool coat", price sort', { search: 'wool coat', sort: 'price' }],
  ['search accent-folded "sezane", page of 50', { search: 'sezane', limit: 50 }],
  ['brand sort, page 3', { sort: 'brand', offset: 100, limit: 50 }],
  ['retailer filter', { retailer: 'liberty' }],
  ['in stock filter, page of 50', { inStock: true, limit: 50 }],
  ['tag filter', { tag: 'gift' }],
];

async function time<T>(log: (line: string) => void, label: string, run: () => Promise<T>, repeat = 5): Promise<T> {
  let result: T | undefined;
  const times: number[] = [];
  for (let n = 0; n < repeat; n++) {
    const start = performance.now();
    result = await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  log(`${label.padEnd(44)} median ${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`);
  return result as T;
}

/** The n-th made-up wishlist item: brands, retailers, prices, stock, tags and notes vary with n. */
export function benchItem(n: number): SaveItemInput {
  return {
    source: 'article',
    brand: BRANDS[n % BRANDS.length]!,
    name: `${THINGS[n % THINGS.length]} no. ${n}`,
    retailer: RETAILERS[n % RETAILERS.length]!,
    listingUrl: `https://shop.example.com/p/${n}`,
    currentPrice: 50 + (n % 400),
    currency: 'GBP',
    availability: n % 3 ? 'InStock' : 'OutOfStock',
    tags: n % 5 ? [] : ['gift'],
    notes: n % 7 ? '' : 'check the sizing guide before ordering',
  };
}

/** Saves items 0…count-1 one by one, as a user would over time. */
export async function fillWishlist(db: MagpieDB, count: number): Promise<void> {
  for (let n = 0; n < count; n++) await saveItem(benchItem(n), db);
}

/** Saves `count` items one by one, then times each query, export and a no-op import. */
export async function runDbBench(count: number, log: (line: string) => void): Promise<void> {
  const db = openMagpieDb(`bench-${Date.now()}`);
  const start = performance.now();
  await fillWishlist(db, count);
  log(`saved ${count} items one by one in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  for (const [label, q] of QUERIES) {
    const r = await time(log, label, () => queryItems(q, db));
    if (r.total === 0) throw new Error(`${label}: no results`);
  }
  const json = await time(log, 'exportJson', () => exportJson(db), 3);
  log(`export size ${(json.length / 1024 / 1024).toFixed(2)} MB`);
  await time(log, 'importJson (all skipped)', () => importJson(json, db), 3);
  await db.delete();
}
