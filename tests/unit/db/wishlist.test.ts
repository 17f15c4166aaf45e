import { describe, expect, it } from 'vitest';
import { clearAll, countItems, getDb, itemsUpdatedBefore, putCached, saveItem, setNotes } from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

describe('wishlist maintenance', () => {
  it('counts items and clears items, history and cache together', async () => {
    const db = freshDb();
    await saveItem(coat({ currentPrice: 890 }), db);
    await saveItem(boots(), db);
    await putCached('https://shop.example.com/p/1', { status: 'unavailable', reason: 'HTTP 403' }, MINUTE, db);
    expect(await countItems(db)).toBe(2);
    await clearAll(db);
    expect([await countItems(db), await db.history.count(), await db.listingCache.count()]).toEqual([0, 0, 0]);
  });

  it('lists items not written since a time, oldest first', async () => {
    const db = freshDb();
    setClock(T0);
    const a = await saveItem(coat(), db);
    setClock(T0 + MINUTE);
    const b = await saveItem(boots(), db);
    setClock(T0 + 2 * MINUTE);
    await setNotes(a.id, 'touched', db);
    expect((await itemsUpdatedBefore(T0 + 2 * MINUTE, 10, db)).map((i) => i.id)).toEqual([b.id]);
    expect((await itemsUpdatedBefore(T0 + 3 * MINUTE, 10, db)).map((i) => i.id)).toEqual([b.id, a.id]);
  });
});

describe('getDb', () => {
  it('opens nothing at import, then hands out one shared "magpie" database', async () => {
    const names = async (): Promise<string[]> => (await indexedDB.databases()).map((d) => d.name ?? '');
    expect(await names()).not.toContain('magpie');
    const db = getDb();
    expect(getDb()).toBe(db);
    expect(db.name).toBe('magpie');
    await db.items.count();
    expect(await names()).toContain('magpie');
    await db.delete();
  });
});
