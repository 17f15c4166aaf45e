import { describe, expect, it } from 'vitest';
import {
  clearAll,
  createExport,
  exportJson,
  getHistory,
  getItem,
  importJson,
  saveItem,
  setNotes,
  setTags,
  updateListing,
  type MagpieDB,
  type MagpieExport,
} from '@/lib/db';
import { boots, coat, freshDb, MINUTE, setClock, T0 } from './helpers';

const listing = (price: number, availability: 'InStock' | 'OutOfStock' = 'InStock') => ({
  title: null,
  brand: null,
  price,
  currency: 'GBP',
  availability,
  image: null,
  url: null,
});

/** A small but varied wishlist: dropped prices, notes with odd characters, tags, history. */
async function seed(db: MagpieDB): Promise<void> {
  setClock(T0);
  const a = await saveItem(
    coat({ currentPrice: 890, availability: 'InStock', image: 'https://cdn.example.com/a.jpg' }),
    db,
  );
  setClock(T0 + MINUTE);
  await updateListing(a.id, listing(640), db);
  setClock(T0 + 2 * MINUTE);
  await updateListing(a.id, listing(640, 'OutOfStock'), db);
  await setNotes(a.id, 'size S — "camel", not black,\nask in store', db);
  await setTags(a.id, ['winter', 'Gift ideas'], db);
  setClock(T0 + 3 * MINUTE);
  const b = await saveItem(boots(), db);
  await setTags(b.id, ['shoes'], db);
  setClock(T0 + 4 * MINUTE);
  await saveItem(
    {
      source: 'link',
      name: 'Vintage silk scarf',
      listingUrl: 'https://www.vestiairecollective.com/women-accessories/scarves/hermes/silk-scarf-12345.shtml',
    },
    db,
  );
}

const withoutTime = (doc: MagpieExport): Omit<MagpieExport, 'exportedAt'> => {
  const { exportedAt: _t, ...rest } = doc;
  return rest;
};

describe('export → clear → import', () => {
  it('restores every item and history row exactly, nothing lost or duplicated', async () => {
    const db = freshDb();
    await seed(db);
    const before = await createExport(db);
    expect(before.items).toHaveLength(3);
    expect(before.history).toHaveLength(3);
    const text = await exportJson(db);
    await clearAll(db);
    expect(await db.items.count()).toBe(0);

    expect(await importJson(text, db)).toEqual({ added: 3, skipped: 0, historyAdded: 3 });
    expect(withoutTime(await createExport(db))).toEqual(withoutTime(before));
    for (const item of before.items) expect(await getItem(item.id, db)).toEqual(item);
    expect((await getItem(before.items[0]!.id, db))?.priceDropped).toBe(true);
  });

  it('a second import of the same file adds nothing and skips every item', async () => {
    const db = freshDb();
    await seed(db);
    const text = await exportJson(db);
    const before = await createExport(db);
    expect(await importJson(text, db)).toEqual({ added: 0, skipped: 3, historyAdded: 0 });
    expect(await importJson(text, db)).toEqual({ added: 0, skipped: 3, historyAdded: 0 });
    expect(withoutTime(await createExport(db))).toEqual(withoutTime(before));
  });

  it('keeps items already here under their id, adds the new ones, and merges notes and history without duplicates', async () => {
    const source = freshDb();
    await seed(source);
    const text = await exportJson(source);

    const target = freshDb();
    setClock(T0 - 60 * MINUTE);
    const mine = await saveItem(coat({ currentPrice: 990, availability: 'InStock' }), target);
    await setNotes(mine.id, 'my own note', target);
    expect(await importJson(text, target)).toEqual({ added: 2, skipped: 1, historyAdded: 3 });

    const merged = await getItem(mine.id, target);
    expect(merged).toMatchObject({
      notes: 'my own note\n\nsize S — "camel", not black,\nask in store',
      currentPrice: 990,
      createdAt: T0 - 60 * MINUTE,
      priceDropped: false,
    });
    expect((await getHistory(mine.id, target)).map((h) => h.price)).toEqual([990, 890, 640, 640]);
    expect(await target.items.count()).toBe(3);
    expect(await importJson(text, target)).toEqual({ added: 0, skipped: 3, historyAdded: 0 });
  });

  it('merges a product that arrives under another id, keeping notes, tags and history of both', async () => {
    // Device A saved the coat from an article without a listing (text id); device B resolved it (URL id).
    const a = freshDb();
    setClock(T0);
    const noListing = await saveItem(coat({ listingUrl: null }), a);
    await setNotes(noListing.id, 'try in store', a);
    await setTags(noListing.id, ['winter'], a);
    const b = freshDb();
    setClock(T0 + MINUTE);
    const resolved = await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), b);
    await setNotes(resolved.id, 'size S', b);
    await setTags(resolved.id, ['Gift'], b);
    setClock(T0 + 2 * MINUTE);
    await updateListing(resolved.id, listing(640), b);
    expect(noListing.id).not.toBe(resolved.id);

    expect(await importJson(await exportJson(b), a)).toEqual({ added: 0, skipped: 1, historyAdded: 2 });
    expect(await a.items.count()).toBe(1);
    const merged = await getItem(noListing.id, a);
    expect(merged).toMatchObject({
      notes: 'try in store\n\nsize S',
      tags: ['winter', 'Gift'],
      listingUrl: coat().listingUrl,
      currentPrice: 640,
      createdAt: T0,
    });
    expect((await getHistory(noListing.id, a)).map((h) => h.price)).toEqual([890, 640]);
    // The other way round: the URL-keyed row stays and takes the merged note (which holds its own).
    expect(await importJson(await exportJson(a), b)).toMatchObject({ added: 0, skipped: 1 });
    expect(await b.items.count()).toBe(1);
    expect((await getItem(resolved.id, b))?.notes).toBe('try in store\n\nsize S');
  });

  it('merges two copies of one product inside one file under different ids', async () => {
    const db = freshDb();
    setClock(T0);
    const one = await saveItem(coat(), db);
    const doc = await createExport(db);
    await clearAll(db);
    const copy = { ...doc.items[0]!, id: 'https://other.example/old-key', notes: 'second copy' };
    expect(await importJson(JSON.stringify({ ...doc, items: [...doc.items, copy] }), db)).toMatchObject({
      added: 1,
      skipped: 1,
    });
    expect(await db.items.count()).toBe(1);
    expect((await getItem(one.id, db))?.notes).toBe('second copy');
  });

  it('skips a repeated id inside one file', async () => {
    const db = freshDb();
    await seed(db);
    const doc = await createExport(db);
    await clearAll(db);
    const text = JSON.stringify({ ...doc, items: [...doc.items, { ...doc.items[0]!, notes: 'second copy' }] });
    expect(await importJson(text, db)).toEqual({ added: 3, skipped: 1, historyAdded: 3 });
    expect((await getItem(doc.items[0]!.id, db))?.notes).toBe(doc.items[0]!.notes);
  });

  it('recomputes derived fields instead of trusting the file, and drops unknown fields', async () => {
    const db = freshDb();
    await seed(db);
    const doc = await createExport(db);
    await clearAll(db);
    const forged = doc.items.map((i) => ({
      ...i,
      priceDropped: !i.priceDropped,
      textKey: 'k:forged',
      urlKey: 'x',
      extra: '<script>',
    }));
    await importJson(JSON.stringify({ ...doc, items: forged }), db);
    expect(withoutTime(await createExport(db))).toEqual(withoutTime(doc));
  });
});
