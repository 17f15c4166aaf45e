import { describe, expect, it } from 'vitest';
import {
  createExport,
  getHistory,
  getItem,
  removeItem,
  restoreItem,
  saveItem,
  setNotes,
  setTags,
  updateListing,
} from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

describe('removeItem / restoreItem', () => {
  it('removes an item with its history, and undo puts back exactly the same rows', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    await saveItem(boots(), db);
    await setNotes(id, 'birthday?', db);
    await setTags(id, ['winter', 'wishlist'], db);
    setClock(T0 + MINUTE);
    await updateListing(
      id,
      { title: null, brand: null, price: 640, currency: 'GBP', availability: 'InStock', image: null, url: null },
      db,
    );
    const beforeItem = await db.items.get(id);
    const beforeHistory = await db.history.toArray();

    const removed = await removeItem(id, db);
    expect(removed?.item).toEqual(beforeItem);
    expect(removed?.history).toHaveLength(2);
    expect(await getItem(id, db)).toBeNull();
    expect(await getHistory(id, db)).toEqual([]);
    expect(await db.items.count()).toBe(1);

    await restoreItem(removed!, db);
    expect(await db.items.get(id)).toEqual(beforeItem);
    expect(await db.history.toArray()).toEqual(beforeHistory);
  });

  it('survives a JSON round trip of the undo record (as it would through a message)', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat({ currentPrice: 890 }), db);
    const before = await createExport(db);
    const removed = JSON.parse(JSON.stringify(await removeItem(id, db)));
    await restoreItem(removed, db);
    expect({ ...(await createExport(db)), exportedAt: 0 }).toEqual({ ...before, exportedAt: 0 });
  });

  it('returns null for a missing id and refuses a malformed undo record', async () => {
    const db = freshDb();
    expect(await removeItem('k:|nothing|', db)).toBeNull();
    const { id } = await saveItem(coat({ currentPrice: 890 }), db);
    const removed = (await removeItem(id, db))!;
    await expect(restoreItem({ ...removed, item: { ...removed.item, name: '' } }, db)).rejects.toThrow(
      'the item is malformed',
    );
    const wrongOwner = removed.history.map((h) => ({ ...h, itemId: 'k:|other|' }));
    await expect(restoreItem({ ...removed, history: wrongOwner }, db)).rejects.toThrow('a history row is malformed');
    await expect(restoreItem(null as never, db)).rejects.toThrow('not an undo record');
    await expect(restoreItem({ item: removed.item } as never, db)).rejects.toThrow('not an undo record');
    expect(await db.items.count()).toBe(0);
  });
});
