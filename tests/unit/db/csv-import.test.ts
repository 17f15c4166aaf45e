import { describe, expect, it } from 'vitest';
import {
  clearAll,
  createExport,
  exportCsv,
  getItem,
  importText,
  saveItem,
  setNotes,
  setTags,
  DbInputError,
} from '@/lib/db';
import { boots, coat, freshDb, setClock, T0 } from './helpers';

describe('CSV import of Magpie’s own export', () => {
  it('round-trips every item field, including notes and tags the formula guard touched', async () => {
    const db = freshDb();
    setClock(T0);
    const a = await saveItem(
      coat({
        brand: 'Ba&sh, Paris',
        name: '=cmd|" /C calc"!A0',
        currentPrice: 712.5,
        currency: 'GBP',
        availability: 'InStock',
      }),
      db,
    );
    await setNotes(a.id, 'the "camel" one;\n=size S, -1 size', db);
    await setTags(a.id, ['winter', '@home', 'gift'], db);
    await saveItem(boots(), db);
    const before = await createExport(db);
    const csv = await exportCsv(db);
    await clearAll(db);
    expect(await importText(csv, db)).toEqual({ added: 2, skipped: 0, historyAdded: 0 });
    for (const item of before.items) {
      const { checkedAt: _c, firstPrice: _f, lowestPrice: _l, priceDropped: _p, ...rest } = item;
      expect(await getItem(item.id, db)).toMatchObject(rest);
    }
  });

  it('merges duplicates with what is already saved, and a second import adds nothing', async () => {
    const db = freshDb();
    const a = await saveItem(coat(), db);
    await setNotes(a.id, 'from the CSV', db);
    const csv = await exportCsv(db);
    await setNotes(a.id, 'mine', db);
    expect(await importText(csv, db)).toEqual({ added: 0, skipped: 1, historyAdded: 0 });
    expect((await getItem(a.id, db))?.notes).toBe('mine\n\nfrom the CSV');
    expect(await db.items.count()).toBe(1);
  });

  it('is all-or-nothing: one bad row changes nothing and names the row', async () => {
    const db = freshDb();
    await saveItem(coat(), db);
    await saveItem(boots(), db);
    const csv = await exportCsv(db);
    await clearAll(db);
    const broken = csv.replace(/,article,/, ',clipboard,');
    const attempt = importText(broken, db);
    await expect(attempt).rejects.toThrow(DbInputError);
    await expect(attempt).rejects.toThrow(/row \d: source must be/);
    expect(await db.items.count()).toBe(0);
  });

  it('refuses a CSV that is not Magpie’s with a clear message', async () => {
    const db = freshDb();
    await expect(importText('name,price\r\nbag,3\r\n', db)).rejects.toThrow('not a Magpie export: the CSV header');
    await expect(importText('"unterminated', db)).rejects.toThrow('a quoted cell never ends');
  });
});
