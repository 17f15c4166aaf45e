import { describe, expect, it } from 'vitest';
import {
  getHistory,
  getItem,
  itemsCheckedBefore,
  markCheckFailed,
  markChangeHandled,
  purgeHandledChanges,
  purgeRemoved,
  removeItem,
  restoreRemoved,
  saveItem,
  setNotes,
  setTags,
  unhandledChanges,
  updateListing,
  REMOVED_KEEP_MS,
} from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

const listing = (price: number | null, availability: 'InStock' | 'OutOfStock' = 'InStock') => ({
  title: null,
  brand: null,
  price,
  currency: 'GBP',
  availability,
  image: null,
  url: null,
});

describe('soft delete', () => {
  it('a product saved again within 30 days gets its notes, tags and history back', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    await setNotes(id, 'size S', db);
    await setTags(id, ['winter'], db);
    setClock(T0 + MINUTE);
    await updateListing(id, listing(640), db);
    await removeItem(id, db);
    expect(await getItem(id, db)).toBeNull();

    setClock(T0 + 29 * 24 * 60 * MINUTE);
    // Saved again from an article that gives no listing: still the same product by brand|name|shop.
    const again = await saveItem(coat({ listingUrl: null }), db);
    expect(again).toMatchObject({ id, notes: 'size S', tags: ['winter'], createdAt: T0, currentPrice: 640 });
    expect((await getHistory(id, db)).map((h) => h.price)).toEqual([890, 640]);
    expect(await db.removed.count()).toBe(0);
  });

  it('after 30 days the removed copy is purged and a new save starts empty', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(boots(), db);
    await setNotes(id, 'half a size up', db);
    await removeItem(id, db);
    expect(await purgeRemoved(T0 + REMOVED_KEEP_MS - 1, db)).toBe(0);
    expect(await purgeRemoved(T0 + REMOVED_KEEP_MS + 1, db)).toBe(1);
    setClock(T0 + REMOVED_KEEP_MS + 2);
    expect((await saveItem(boots(), db)).notes).toBe('');
  });

  it('a removed copy past 30 days is not revived even before the purge runs', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(boots(), db);
    await setNotes(id, 'old note', db);
    await removeItem(id, db);
    setClock(T0 + REMOVED_KEEP_MS + MINUTE);
    expect((await saveItem(boots(), db)).notes).toBe('');
  });

  it('restoreRemoved undoes a removal made elsewhere, once', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ currentPrice: 890 }), db);
    await setNotes(id, 'gift', db);
    await removeItem(id, db);
    expect((await restoreRemoved(id, db))?.notes).toBe('gift');
    expect((await getItem(id, db))?.notes).toBe('gift');
    expect(await getHistory(id, db)).toHaveLength(1);
    expect(await restoreRemoved(id, db)).toBeNull();
  });
});

describe('checks and the change outbox', () => {
  it('a changed listing adds one history row and one change; an unchanged one adds neither', async () => {
    const db = freshDb();
    setClock(T0);
    const { id } = await saveItem(coat({ currentPrice: 195, currency: 'USD', availability: 'InStock' }), db);
    expect(await unhandledChanges(10, db)).toEqual([]);
    setClock(T0 + MINUTE);
    await updateListing(id, { ...listing(149), currency: 'USD' }, db);
    setClock(T0 + 2 * MINUTE);
    const same = await updateListing(id, { ...listing(149), currency: 'USD' }, db);
    expect(same?.checkedAt).toBe(T0 + 2 * MINUTE);
    expect(same?.changedAt).toBe(T0 + MINUTE);
    expect(await getHistory(id, db)).toHaveLength(2);
    const changes = await unhandledChanges(10, db);
    expect(changes).toMatchObject([{ itemId: id, fromPrice: 195, toPrice: 149, currency: 'USD', handledAt: 0 }]);
    expect(await markChangeHandled(changes[0]!.id!, db)).toBe(true);
    expect(await markChangeHandled(changes[0]!.id!, db)).toBe(false);
    expect(await unhandledChanges(10, db)).toEqual([]);
    expect(await purgeHandledChanges(T0 + MINUTE, db)).toBe(0);
    expect(await purgeHandledChanges(T0 + 3 * MINUTE, db)).toBe(1);
  });

  it('a failed check keeps the last listing, records why, and moves the item to the back of the queue', async () => {
    const db = freshDb();
    setClock(T0);
    const a = await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    setClock(T0 + MINUTE);
    const b = await saveItem(boots(), db);
    expect((await itemsCheckedBefore(T0 + 5 * MINUTE, 10, db)).map((i) => i.id)).toEqual([a.id, b.id]);
    setClock(T0 + 2 * MINUTE);
    const failed = await markCheckFailed(a.id, 'the shop did not answer', db);
    expect(failed).toMatchObject({
      currentPrice: 890,
      availability: 'InStock',
      checkProblem: 'the shop did not answer',
    });
    expect((await itemsCheckedBefore(T0 + 5 * MINUTE, 10, db)).map((i) => i.id)).toEqual([b.id, a.id]);
    setClock(T0 + 3 * MINUTE);
    expect((await updateListing(a.id, listing(890), db))?.checkProblem).toBeNull();
  });
});
