import { beforeEach, describe, expect, it } from 'vitest';
import { createExport, DbInputError, importJson, saveItem, type MagpieDB, type MagpieExport } from '@/lib/db';
import { boots, coat, freshDb } from './helpers';

describe('importJson rejects bad files whole', () => {
  let db: MagpieDB;
  let good: MagpieExport;
  let before: unknown;

  beforeEach(async () => {
    db = freshDb();
    await saveItem(coat({ currentPrice: 890, availability: 'InStock' }), db);
    await saveItem(boots(), db);
    good = await createExport(db);
    // The target wishlist holds only the first item, so a successful import would add one.
    await db.items.delete(good.items[1]!.id);
    before = { items: await db.items.toArray(), history: await db.history.toArray() };
  });

  const withItems = (items: unknown[]): string => JSON.stringify({ ...good, items });
  const cases: [string, () => string, string][] = [
    ['not JSON', () => '{"format": "magpie-wishlist", items: [', 'not a Magpie export: the file is not valid JSON'],
    [
      'another format',
      () => JSON.stringify({ format: 'pinterest-board', version: 1, items: [] }),
      'not a Magpie export',
    ],
    ['a bare array', () => JSON.stringify(good.items), 'not a Magpie export'],
    ['a newer version', () => JSON.stringify({ ...good, version: 2 }), 'comes from a newer Magpie'],
    ['items not a list', () => JSON.stringify({ ...good, items: {} }), 'items must be a list'],
    [
      'a price as text',
      () => withItems([good.items[0], { ...good.items[1]!, currentPrice: '12' }]),
      'item 2: currentPrice must be a number',
    ],
    [
      'a missing name',
      () => withItems([{ ...good.items[0]!, name: undefined }]),
      'item 1: name must be a non-empty string',
    ],
    [
      'a script URL',
      () => withItems([good.items[0], { ...good.items[1]!, mentionUrl: 'javascript:alert(1)' }]),
      'item 2: mentionUrl must be an http(s) URL',
    ],
    ['a null item', () => withItems([good.items[0], null]), 'item 2: not an object'],
    [
      'bad history',
      () => JSON.stringify({ ...good, history: [{ ...good.history[0]!, time: -1 }] }),
      'history row 1: time must be a number',
    ],
    [
      'orphan history',
      () => JSON.stringify({ ...good, history: [{ ...good.history[0]!, itemId: 'k:|ghost|' }] }),
      'history row 1: itemId matches no item',
    ],
    [
      'too many items',
      () => JSON.stringify({ ...good, items: Array.from({ length: 50_001 }, () => ({})) }),
      'too many items (50001; the limit is 50000)',
    ],
    [
      'a file over 20 MB',
      () => JSON.stringify({ ...good, padding: 'x'.repeat(21 * 1024 * 1024) }),
      'the file is too large',
    ],
  ];

  it.each(cases)('%s: clear message, wishlist untouched', async (_label, file, message) => {
    const attempt = importJson(file(), db);
    await expect(attempt).rejects.toThrow(DbInputError);
    await expect(attempt).rejects.toThrow(message);
    expect({ items: await db.items.toArray(), history: await db.history.toArray() }).toEqual(before);
  });

  it('a file whose last item is bad writes none of the good ones before it', async () => {
    const text = withItems([good.items[1], { ...good.items[0]!, tags: Array.from({ length: 21 }, (_, n) => `t${n}`) }]);
    await expect(importJson(text, db)).rejects.toThrow('item 2: tags must be a list of at most 20');
    expect(await db.items.count()).toBe(1);
    expect(await importJson(JSON.stringify(good), db)).toEqual({ added: 1, skipped: 1, historyAdded: 0 });
  });
});
