import { describe, expect, it } from 'vitest';
import type { Listing } from '@/lib/listing/types';
import { CACHE_MAX_STALE_MS, cacheKey, DbInputError, getCached, pruneCache, putCached } from '@/lib/db';
import { freshDb, setClock, T0 } from './helpers';

const HOUR = 60 * 60 * 1000;
const URL_A = 'https://www.mytheresa.com/en-gb/khaite-the-danielle-jeans-p00999999';

const jeans: Listing = {
  title: 'The Danielle jeans',
  brand: 'Khaite',
  price: 380,
  currency: 'GBP',
  availability: 'InStock',
  image: 'https://img.example.com/danielle.jpg',
  url: URL_A,
};

describe('listing cache', () => {
  it('serves fresh, then stale until the hard max age, then nothing', async () => {
    const db = freshDb();
    setClock(T0);
    await putCached(URL_A, jeans, 6 * HOUR, db);
    expect(await getCached(URL_A, db)).toEqual({
      value: { status: 'resolved', listing: jeans, checkedAt: T0 },
      listing: jeans,
      fresh: true,
      fetchedAt: T0,
    });
    setClock(T0 + 7 * HOUR);
    expect(await getCached(URL_A, db)).toMatchObject({ listing: jeans, fresh: false });
    setClock(T0 + 6 * HOUR + CACHE_MAX_STALE_MS + 1);
    expect(await getCached(URL_A, db)).toBeNull();
  });

  it('finds an entry under any spelling of the same URL, and queries by folded words', async () => {
    const db = freshDb();
    await putCached(`${URL_A}?utm_source=vogue#size`, jeans, HOUR, db);
    expect((await getCached('HTTPS://mytheresa.com/en-gb/khaite-the-danielle-jeans-p00999999', db))?.listing).toEqual(
      jeans,
    );
    await putCached(
      'Khaite  Danielle JEANS',
      { status: 'not-found', searchUrl: 'https://www.google.com/search?q=khaite' },
      HOUR,
      db,
    );
    expect(await getCached('khaite danielle jeans', db)).toMatchObject({
      listing: null,
      value: { status: 'not-found' },
    });
    expect(cacheKey('Sézane Clint')).toBe('q:sezane clint');
  });

  it('stores only the listing fields and rejects a malformed value or ttl', async () => {
    const db = freshDb();
    await putCached(URL_A, { ...jeans, html: '<div>big</div>' } as Listing, HOUR, db);
    expect((await getCached(URL_A, db))?.listing).toEqual(jeans);
    await expect(putCached(URL_A, { ...jeans, price: -1 }, HOUR, db)).rejects.toThrow(DbInputError);
    await expect(putCached(URL_A, { status: 'pending' } as never, HOUR, db)).rejects.toThrow('cache value must be');
    await expect(putCached(URL_A, jeans, 0, db)).rejects.toThrow('ttlMs must be a positive number');
    await expect(getCached('   ', db)).rejects.toThrow('cache key must be');
  });

  it('treats a corrupt row as a miss and removes it', async () => {
    const db = freshDb();
    await db.listingCache.put({
      key: cacheKey(URL_A),
      value: { status: 'resolved', listing: 'oops' },
      fetchedAt: 1,
      expiresAt: 2,
    } as never);
    expect(await getCached(URL_A, db)).toBeNull();
    expect(await db.listingCache.count()).toBe(0);
  });

  it('prunes only entries past their stale window', async () => {
    const db = freshDb();
    setClock(T0);
    await putCached('https://shop.example.com/old', jeans, HOUR, db);
    await putCached('https://shop.example.com/new', jeans, 30 * 24 * HOUR, db);
    setClock(T0 + HOUR + CACHE_MAX_STALE_MS + 1);
    expect(await pruneCache(db)).toBe(1);
    expect(await getCached('https://shop.example.com/old', db)).toBeNull();
    expect(await getCached('https://shop.example.com/new', db)).toMatchObject({ fresh: true });
  });
});
