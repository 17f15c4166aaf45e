import { describe, expect, it } from 'vitest';
import {
  DbInputError,
  getHistory,
  getItem,
  openMagpieDb,
  saveItem,
  setNotes,
  setTags,
  type SaveItemInput,
} from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

describe('saveItem dedupe', () => {
  it('saving the same listing twice (tracking params, host case) leaves one row', async () => {
    const db = freshDb();
    const first = await saveItem(coat(), db);
    const again = await saveItem(
      coat({
        listingUrl:
          'https://WWW.NET-A-PORTER.com/en-gb/shop/product/toteme/clothing/coats/signature-wool-coat/1647597285453213?utm_source=newsletter#top',
      }),
      db,
    );
    expect(again.id).toBe(first.id);
    expect(first.id).toBe(
      'https://net-a-porter.com/en-gb/shop/product/toteme/clothing/coats/signature-wool-coat/1647597285453213',
    );
    expect(await db.items.count()).toBe(1);
  });

  it('without a listing URL, brand+name+retailer decide (case, accents, punctuation folded)', async () => {
    const db = freshDb();
    const a = await saveItem(boots(), db);
    const b = await saveItem(boots({ brand: 'SEZANE', name: 'Clint ankle-boots', retailer: 'sezane ' }), db);
    expect(a.id).toBe('k:sezane|clint ankle boots|sezane');
    expect(b.id).toBe(a.id);
    expect(await db.items.count()).toBe(1);
    await saveItem(boots({ retailer: 'Selfridges' }), db);
    expect(await db.items.count()).toBe(2);
  });

  it('a save with a listing URL joins the row saved earlier without one', async () => {
    const db = freshDb();
    const a = await saveItem(coat({ listingUrl: null }), db);
    const b = await saveItem(coat({ source: 'page' }), db);
    expect(b.id).toBe(a.id);
    expect(b.listingUrl).toBe(coat().listingUrl);
    const c = await saveItem(coat({ name: 'Signature Wool Coat – Camel' }), db);
    expect(c.id).toBe(a.id);
    expect(await db.items.count()).toBe(1);
  });

  it('racing saves of one product on two connections leave exactly one row', async () => {
    const name = `magpie-test-race-${crypto.randomUUID()}`;
    const one = openMagpieDb(name);
    const two = openMagpieDb(name);
    try {
      const saved = await Promise.all([
        saveItem(coat({ currentPrice: 890 }), one),
        saveItem(coat({ currentPrice: 890 }), two),
        saveItem(boots(), one),
        saveItem(boots({ name: 'CLINT ankle boots' }), two),
      ]);
      expect(saved[1]!.id).toBe(saved[0]!.id);
      expect(await one.items.count()).toBe(2);
      expect(await one.history.count()).toBe(1);
    } finally {
      two.close();
      await one.delete();
    }
  });
});

describe('saveItem updates', () => {
  it('a re-save keeps createdAt, notes, tags and source, refreshes prices and updatedAt', async () => {
    const db = freshDb();
    setClock(T0);
    const first = await saveItem(coat({ currentPrice: 890, availability: 'InStock', notes: 'size S' }), db);
    await setTags(first.id, ['winter'], db);
    await setNotes(first.id, 'size S, check sleeves', db);
    setClock(T0 + 10 * MINUTE);
    const again = await saveItem(
      coat({
        source: 'page',
        currentPrice: 712,
        currency: 'GBP',
        availability: 'LimitedAvailability',
        notes: 'ignored',
        tags: ['x'],
      }),
      db,
    );
    expect(again).toMatchObject({
      createdAt: T0,
      updatedAt: T0 + 10 * MINUTE,
      notes: 'size S, check sleeves',
      tags: ['winter'],
      source: 'article',
      currentPrice: 712,
      currency: 'GBP',
      availability: 'LimitedAvailability',
      priceDropped: true,
    });
    expect(await getItem(first.id, db)).toEqual(again);
  });

  it('unknown values in a re-save never wipe known ones', async () => {
    const db = freshDb();
    const first = await saveItem(
      coat({ currentPrice: 890, availability: 'InStock', image: 'https://cdn.example.com/coat.jpg' }),
      db,
    );
    const again = await saveItem(
      { source: 'link', brand: 'Toteme', name: 'Signature wool coat', listingUrl: coat().listingUrl },
      db,
    );
    expect(again).toMatchObject({
      currentPrice: 890,
      availability: 'InStock',
      image: 'https://cdn.example.com/coat.jpg',
      articleTitle: first.articleTitle,
      articlePrice: first.articlePrice,
      retailer: 'Net-a-Porter',
    });
  });

  it('appends a history row only when price or availability changes', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    setClock(T0 + MINUTE);
    await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    await saveItem(coat(), db);
    expect(await getHistory(id, db)).toHaveLength(1);
    setClock(T0 + 2 * MINUTE);
    await saveItem(coat({ currentPrice: 850 }), db);
    setClock(T0 + 3 * MINUTE);
    await saveItem(coat({ availability: 'OutOfStock' }), db);
    const history = await getHistory(id, db);
    expect(history.map(({ time, price, currency, availability }) => ({ time, price, currency, availability }))).toEqual(
      [
        { time: T0, price: 890, currency: 'GBP', availability: 'InStock' },
        { time: T0 + 2 * MINUTE, price: 850, currency: 'GBP', availability: 'InStock' },
        { time: T0 + 3 * MINUTE, price: 850, currency: 'GBP', availability: 'OutOfStock' },
      ],
    );
  });

  it('records no history for an article-only save', async () => {
    const db = freshDb();
    const { id } = await saveItem(boots(), db);
    expect(await getHistory(id, db)).toEqual([]);
  });
});

describe('saveItem validation', () => {
  const bad: [string, unknown, string][] = [
    ['no name', { source: 'article', name: '   ' }, 'name is required'],
    ['a name of symbols', { source: 'article', name: '★ — ★' }, 'name must contain a letter or digit'],
    ['unknown source', { ...boots(), source: 'clipboard' }, 'source must be'],
    ['negative price', { ...boots(), currentPrice: -3 }, 'currentPrice must be a number'],
    ['price as text', { ...boots(), currentPrice: '12.00' }, 'currentPrice must be a number'],
    ['bad currency', { ...boots(), articlePrice: { amount: 10, currency: 'euro' } }, 'articlePrice must be'],
    ['bad availability', { ...boots(), availability: 'Yes' }, 'availability must be'],
    ['21 tags', { ...boots(), tags: Array.from({ length: 21 }, (_, n) => `t${n}`) }, 'at most 20 tags'],
    ['not an object', 'Toteme coat', 'an item must be an object'],
  ];
  it.each(bad)('rejects %s with a clear message and stores nothing', async (_label, input, message) => {
    const db = freshDb();
    const attempt = saveItem(input as SaveItemInput, db);
    await expect(attempt).rejects.toThrow(DbInputError);
    await expect(attempt).rejects.toThrow(message);
    expect(await db.items.count()).toBe(0);
  });

  it('cuts over-long page text to the cap, squashes whitespace, and drops an odd image URL', async () => {
    const db = freshDb();
    const item = await saveItem(
      boots({ name: `Clint\n\t ankle boots ${'x'.repeat(1000)}`, image: 'data:image/png;base64,AAAA' }),
      db,
    );
    expect(item.name).toHaveLength(300);
    expect(item.name.startsWith('Clint ankle boots xx')).toBe(true);
    expect(item.image).toBeNull();
  });

  it('drops a link it cannot store (other scheme, over 2,048 characters) and saves the rest', async () => {
    const db = freshDb();
    const longAffiliate = `https://go.example-affiliate.com/?u=${'x'.repeat(2100)}`;
    const item = await saveItem(
      boots({ listingUrl: 'javascript:alert(1)', mentionUrl: longAffiliate, articleUrl: 'ftp://example.com/a' }),
      db,
    );
    expect(item).toMatchObject({ name: 'Clint ankle boots', listingUrl: null, mentionUrl: null, articleUrl: null });
    expect(await db.items.count()).toBe(1);
  });

  it('needs a currency for a current price, defaulting to the article price currency', async () => {
    const db = freshDb();
    expect((await saveItem(boots({ currentPrice: 240 }), db)).currency).toBe('EUR');
    await expect(saveItem(boots({ articlePrice: null, currentPrice: 240, retailer: 'Other' }), db)).rejects.toThrow(
      'currentPrice needs a currency',
    );
  });
});
