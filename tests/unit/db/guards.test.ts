import { describe, expect, it } from 'vitest';
import { describeItemProblem, getItem, isHistoryRow, isListing, isSavedItem, saveItem } from '@/lib/db';
import { coat, freshDb } from './helpers';

describe('row guards', () => {
  it('accept what saveItem stores and name the first bad field otherwise', async () => {
    const db = freshDb();
    const item = await saveItem(coat({ currentPrice: 890 }), db);
    expect(isSavedItem(item)).toBe(true);
    expect(describeItemProblem({ ...item, currentPrice: Number.NaN })).toMatch(/^currentPrice must be a number/);
    expect(describeItemProblem({ ...item, tags: 'winter' })).toMatch(/^tags must be a list/);
    expect(describeItemProblem({ ...item, source: 'clipboard' })).toMatch(/^source must be one of/);
    expect(describeItemProblem({ ...item, priceDropped: 'yes' })).toBe('priceDropped must be true or false');
    expect(describeItemProblem([item])).toBe('not an object');
  });

  it('getItem returns null for a corrupt row instead of a half-typed object', async () => {
    const db = freshDb();
    const item = await saveItem(coat(), db);
    await db.items.put({ ...item, createdAt: 'yesterday' } as never);
    expect(await getItem(item.id, db)).toBeNull();
  });

  it('check history rows and listings', () => {
    const row = { itemId: 'k:|x|', time: 1, price: null, currency: null, availability: 'SoldOut' };
    expect(isHistoryRow(row)).toBe(true);
    expect(isHistoryRow({ ...row, id: 0 })).toBe(false);
    expect(isHistoryRow({ ...row, availability: 'sold out' })).toBe(false);
    const listing = {
      title: 'Coat',
      brand: null,
      price: 10,
      currency: 'GBP',
      availability: null,
      image: null,
      url: 'https://a.example/p',
    };
    expect(isListing(listing)).toBe(true);
    expect(isListing({ ...listing, url: 'javascript:alert(1)' })).toBe(false);
    expect(isListing({ ...listing, currency: 'gbp' })).toBe(false);
  });
});
