import { beforeEach, describe, expect, it } from 'vitest';
import {
  DbInputError,
  listRetailers,
  listTags,
  queryItems,
  saveItem,
  setNotes,
  setTags,
  updateListing,
  type MagpieDB,
  type SaveItemInput,
} from '@/lib/db';
import { freshDb, MINUTE, setClock, T0 } from './helpers';

interface Seed extends Omit<SaveItemInput, 'source'> {
  notes?: string;
  tags?: string[];
  now?: number;
}

const SEEDS: Seed[] = [
  {
    brand: 'Toteme',
    name: 'Signature wool coat',
    retailer: 'Net-a-Porter',
    currentPrice: 890,
    currency: 'GBP',
    availability: 'InStock',
  },
  { brand: 'Sézane', name: 'Clint ankle boots', retailer: 'Sézane', articlePrice: { amount: 265, currency: 'EUR' } },
  {
    brand: 'arket',
    name: 'Wool jumper',
    retailer: 'Arket',
    currentPrice: 79,
    currency: 'GBP',
    availability: 'OutOfStock',
    tags: ['Knitwear'],
  },
  {
    brand: 'Ganni',
    name: 'Logo T-shirt',
    retailer: 'net-a-porter',
    currentPrice: 95,
    currency: 'GBP',
    availability: 'LimitedAvailability',
  },
  { brand: null, name: 'Vintage silk scarf', retailer: null, notes: 'for Émilie’s birthday' },
  {
    brand: 'Ácne Studios',
    name: 'Mohair scarf',
    retailer: 'Selfridges',
    currentPrice: 220,
    currency: 'GBP',
    availability: 'InStock',
    tags: ['knitwear', 'gift'],
  },
];

async function seed(db: MagpieDB): Promise<string[]> {
  const ids: string[] = [];
  for (const [n, s] of SEEDS.entries()) {
    setClock(T0 + n * MINUTE);
    const { notes, tags, ...input } = s;
    const item = await saveItem({ ...input, source: 'article' }, db);
    if (notes) await setNotes(item.id, notes, db);
    if (tags) await setTags(item.id, tags, db);
    ids.push(item.id);
  }
  return ids;
}

const names = (r: { items: { name: string }[] }): string[] => r.items.map((i) => i.name);

describe('queryItems', () => {
  let db: MagpieDB;
  let ids: string[];
  beforeEach(async () => {
    db = freshDb();
    ids = await seed(db);
  });

  it('lists newest first by default, oldest first with dir=asc, and pages with total', async () => {
    const all = await queryItems({}, db);
    expect(names(all)).toEqual(SEEDS.map((s) => s.name).reverse());
    expect(all.total).toBe(6);
    expect(names(await queryItems({ dir: 'asc', limit: 2 }, db))).toEqual(['Signature wool coat', 'Clint ankle boots']);
    const page = await queryItems({ offset: 2, limit: 2 }, db);
    expect(names(page)).toEqual(['Logo T-shirt', 'Wool jumper']);
    expect(page.total).toBe(6);
  });

  it('searches brand, name, retailer, notes and tags ignoring case and accents; all words must match', async () => {
    expect(names(await queryItems({ search: 'SEZANE' }, db))).toEqual(['Clint ankle boots']);
    expect(names(await queryItems({ search: 'acne' }, db))).toEqual(['Mohair scarf']);
    expect(names(await queryItems({ search: 'emilie' }, db))).toEqual(['Vintage silk scarf']);
    expect(names(await queryItems({ search: 'scarf', sort: 'date', dir: 'asc' }, db))).toEqual([
      'Vintage silk scarf',
      'Mohair scarf',
    ]);
    expect(names(await queryItems({ search: 'knitwear wool' }, db))).toEqual(['Wool jumper']);
    expect(names(await queryItems({ search: 'net-a-porter', dir: 'asc' }, db))).toEqual([
      'Signature wool coat',
      'Logo T-shirt',
    ]);
    expect((await queryItems({ search: 'prada' }, db)).total).toBe(0);
  });

  it('sorts by price (current, else article) within each currency, currencies A–Z, missing prices last', async () => {
    const asc = names(await queryItems({ sort: 'price' }, db));
    expect(asc).toEqual([
      'Clint ankle boots',
      'Wool jumper',
      'Logo T-shirt',
      'Mohair scarf',
      'Signature wool coat',
      'Vintage silk scarf',
    ]);
    const desc = names(await queryItems({ sort: 'price', dir: 'desc' }, db));
    expect(desc).toEqual([
      'Clint ankle boots',
      'Signature wool coat',
      'Mohair scarf',
      'Logo T-shirt',
      'Wool jumper',
      'Vintage silk scarf',
    ]);
  });

  it('never ranks a yen price above a dollar price by its number', async () => {
    const other = freshDb();
    await saveItem({ source: 'article', name: 'Kimono', articlePrice: { amount: 298000, currency: 'JPY' } }, other);
    await saveItem({ source: 'article', name: 'Coat', articlePrice: { amount: 4300, currency: 'USD' } }, other);
    await saveItem({ source: 'article', name: 'Scarf', articlePrice: { amount: 90, currency: 'USD' } }, other);
    expect(names(await queryItems({ sort: 'price', dir: 'desc' }, other))).toEqual(['Kimono', 'Coat', 'Scarf']);
    expect(names(await queryItems({ sort: 'price' }, other))).toEqual(['Kimono', 'Scarf', 'Coat']);
  });

  it('sorts by brand ignoring case and accents, brandless last', async () => {
    const brands = (await queryItems({ sort: 'brand' }, db)).items.map((i) => i.brand);
    expect(brands).toEqual(['Ácne Studios', 'arket', 'Ganni', 'Sézane', 'Toteme', null]);
  });

  it('filters by retailer (any case), in stock, tag, and price dropped, combined with search', async () => {
    expect(names(await queryItems({ retailer: 'NET-A-PORTER', dir: 'asc' }, db))).toEqual([
      'Signature wool coat',
      'Logo T-shirt',
    ]);
    expect(names(await queryItems({ inStock: true, dir: 'asc' }, db))).toEqual([
      'Signature wool coat',
      'Logo T-shirt',
      'Mohair scarf',
    ]);
    expect(names(await queryItems({ tag: 'KNITWEAR', dir: 'asc' }, db))).toEqual(['Wool jumper', 'Mohair scarf']);
    expect(names(await queryItems({ tag: 'knitwear', inStock: true }, db))).toEqual(['Mohair scarf']);
    expect((await queryItems({ priceDropped: true }, db)).total).toBe(0);
    await updateListing(
      ids[0]!,
      { title: null, brand: null, price: 700, currency: 'GBP', availability: null, image: null, url: null },
      db,
    );
    expect(names(await queryItems({ priceDropped: true }, db))).toEqual(['Signature wool coat']);
    expect(names(await queryItems({ retailer: 'net-a-porter', search: 'shirt' }, db))).toEqual(['Logo T-shirt']);
  });

  it('lists distinct retailers and tags, one spelling each, A–Z', async () => {
    expect(await listRetailers(db)).toEqual(['Arket', 'Net-a-Porter', 'Selfridges', 'Sézane']);
    expect(await listTags(db)).toEqual(['gift', 'Knitwear']);
  });

  it('skips and counts a corrupt stored row instead of failing the list', async () => {
    await db.items.put({ id: 'broken', name: 42 } as never);
    await db.items.put({ ...(await db.items.get(ids[0]!))!, id: 'bad-price', currentPrice: 'lots' } as never);
    const plain = await queryItems({}, db);
    expect(plain.items).toHaveLength(6);
    expect(plain.corrupt).toBe(2);
    const searched = await queryItems({ search: 'wool' }, db);
    expect(names(searched).sort()).toEqual(['Signature wool coat', 'Wool jumper']);
    expect(searched.corrupt).toBe(2);
    const filtered = await queryItems({ retailer: 'net-a-porter' }, db);
    expect(names(filtered).sort()).toEqual(['Logo T-shirt', 'Signature wool coat']);
    expect(filtered.corrupt).toBe(1);
  });

  it('counts every row for a full window of the date list, exactly for a short one', async () => {
    const all = await queryItems({}, db);
    const window = await queryItems({ limit: 2 }, db);
    expect(window.items.map((i) => i.id)).toEqual(all.items.slice(0, 2).map((i) => i.id));
    expect(window.total).toBe(all.total);
    const rest = await queryItems({ offset: 2, limit: 50 }, db);
    expect(rest.items.map((i) => i.id)).toEqual(all.items.slice(2).map((i) => i.id));
    expect(rest.total).toBe(all.total);
    expect((await queryItems({ offset: 500 }, db)).total).toBe(all.total);
  });

  it('rejects a malformed query', async () => {
    await expect(queryItems({ sort: 'colour' as never }, db)).rejects.toThrow(DbInputError);
    await expect(queryItems({ limit: -1 }, db)).rejects.toThrow('limit must be a whole number');
    await expect(queryItems({ search: 5 as never }, db)).rejects.toThrow('search must be a string');
  });
});
