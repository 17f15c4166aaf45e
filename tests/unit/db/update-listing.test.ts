import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/listing/types';
import { DbInputError, getHistory, saveItem, updateListing } from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

function listing(over: Partial<Listing> = {}): Listing {
  return {
    title: 'Signature wool coat',
    brand: 'Toteme',
    price: 890,
    currency: 'GBP',
    availability: 'InStock',
    image: 'https://cdn.example.com/toteme-coat.jpg',
    url: 'https://www.net-a-porter.com/en-gb/shop/product/toteme/clothing/coats/signature-wool-coat/1647597285453213',
    ...over,
  };
}

describe('updateListing', () => {
  it('refreshes price, availability and image, and records history', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ articlePrice: null }), db);
    setClock(T0 + MINUTE);
    const updated = await updateListing(id, listing(), db);
    expect(updated).toMatchObject({
      currentPrice: 890,
      currency: 'GBP',
      availability: 'InStock',
      updatedAt: T0 + MINUTE,
    });
    expect(updated?.image).toBe('https://cdn.example.com/toteme-coat.jpg');
    expect(updated?.priceDropped).toBe(false);
    setClock(T0 + 2 * MINUTE);
    await updateListing(id, listing(), db);
    expect(await getHistory(id, db)).toHaveLength(1);
  });

  it('flags a drop below the first recorded price, and clears it when the price returns', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat({ articlePrice: null }), db);
    await updateListing(id, listing({ price: 890 }), db);
    expect((await updateListing(id, listing({ price: 623 }), db))?.priceDropped).toBe(true);
    expect((await updateListing(id, listing({ price: 890 }), db))?.priceDropped).toBe(false);
    expect((await getHistory(id, db)).map((h) => h.price)).toEqual([890, 623, 890]);
  });

  it('flags a drop below the article price, compared only in the same currency', async () => {
    const db = freshDb();
    const { id } = await saveItem(boots(), db);
    expect((await updateListing(id, listing({ price: 199, currency: 'EUR' }), db))?.priceDropped).toBe(true);
    const other = await saveItem(boots({ retailer: 'Selfridges' }), db);
    expect((await updateListing(other.id, listing({ price: 199, currency: 'GBP' }), db))?.priceDropped).toBe(false);
  });

  it('does not call a 1p float difference a drop', async () => {
    const db = freshDb();
    const { id } = await saveItem(boots({ articlePrice: { amount: 89.99, currency: 'EUR' } }), db);
    expect((await updateListing(id, listing({ price: 0.1 * 899.9, currency: 'EUR' }), db))?.priceDropped).toBe(false);
  });

  it('keeps what a sparse listing does not say, and fills in a missing listing URL', async () => {
    const db = freshDb();
    const saved = await saveItem(coat({ listingUrl: null, currentPrice: 890, availability: 'InStock' }), db);
    const updated = await updateListing(
      saved.id,
      listing({ price: null, availability: 'OutOfStock', image: null, url: 'https://www.net-a-porter.com/p/1' }),
      db,
    );
    expect(updated).toMatchObject({
      currentPrice: 890,
      availability: 'OutOfStock',
      listingUrl: 'https://www.net-a-porter.com/p/1',
    });
    expect(updated?.id).toBe(saved.id);
    expect(updated?.urlKey).toBe('https://net-a-porter.com/p/1');
  });

  it('returns null for an item that is gone and rejects a malformed listing', async () => {
    const db = freshDb();
    expect(await updateListing('https://example.com/gone', listing(), db)).toBeNull();
    const { id } = await saveItem(coat(), db);
    const bad = { ...listing(), price: 'free' } as unknown as Listing;
    await expect(updateListing(id, bad, db)).rejects.toThrow(DbInputError);
    const script = listing({ image: 'javascript:alert(1)' });
    await expect(updateListing(id, script, db)).rejects.toThrow('listing is malformed');
  });
});
