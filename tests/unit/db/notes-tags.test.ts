import { describe, expect, it } from 'vitest';
import { DbInputError, getItem, saveItem, setNotes, setTags } from '@/lib/db';
import { coat, freshDb } from './helpers';

describe('setNotes', () => {
  it('stores trimmed notes, keeping inner line breaks', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat(), db);
    const item = await setNotes(id, '  size 10\nask for the camel one  ', db);
    expect(item?.notes).toBe('size 10\nask for the camel one');
    expect((await getItem(id, db))?.notes).toBe('size 10\nask for the camel one');
  });

  it('rejects over-long or non-string notes and leaves the old ones', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat({ notes: 'keep me' }), db);
    await expect(setNotes(id, 'x'.repeat(2001), db)).rejects.toThrow('notes must be at most 2000 characters');
    await expect(setNotes(id, 42 as unknown as string, db)).rejects.toThrow(DbInputError);
    expect((await getItem(id, db))?.notes).toBe('keep me');
  });

  it('returns null when the item is gone', async () => {
    expect(await setNotes('k:|gone|', 'hi', freshDb())).toBeNull();
  });
});

describe('setTags', () => {
  it('squashes whitespace, drops blanks and case/accent duplicates, keeps first spelling', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat(), db);
    const item = await setTags(id, ['  Winter  coats ', 'winter coats', '', 'Café', 'cafe', 'gift'], db);
    expect(item?.tags).toEqual(['Winter coats', 'Café', 'gift']);
  });

  it('rejects 21 tags, an over-long tag, or a non-string, leaving tags as they were', async () => {
    const db = freshDb();
    const { id } = await saveItem(coat({ tags: ['winter'] }), db);
    await expect(
      setTags(
        id,
        Array.from({ length: 21 }, (_, n) => `tag ${n}`),
        db,
      ),
    ).rejects.toThrow('at most 20 tags');
    await expect(setTags(id, ['y'.repeat(41)], db)).rejects.toThrow('at most 40 characters');
    await expect(setTags(id, [7 as unknown as string], db)).rejects.toThrow('tags must be a list of strings');
    expect((await getItem(id, db))?.tags).toEqual(['winter']);
    expect(
      (
        await setTags(
          id,
          Array.from({ length: 20 }, (_, n) => `tag ${n}`),
          db,
        )
      )?.tags,
    ).toHaveLength(20);
  });
});
