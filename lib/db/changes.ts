import type { ChangeRow, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';

/** The outbox row for a change of price or availability from `prev` to `next`. */
export function changeRowFor(prev: SavedItem, next: SavedItem, time: number): ChangeRow {
  return {
    itemId: next.id,
    time,
    fromPrice: prev.currency === next.currency ? prev.currentPrice : null,
    toPrice: next.currentPrice,
    currency: next.currency,
    fromAvailability: prev.availability,
    toAvailability: next.availability,
    handledAt: 0,
  };
}

/** Changes the alerts have not looked at yet, oldest first. */
export async function unhandledChanges(limit = 100, db: MagpieDB = getDb()): Promise<ChangeRow[]> {
  return (await db.changes.where('handledAt').equals(0).limit(limit).toArray()).sort(
    (a, b) => (a.id ?? 0) - (b.id ?? 0),
  );
}

/** Marks a change as handled; false when it already was (another wake-up got there first). */
export async function markChangeHandled(id: number, db: MagpieDB = getDb()): Promise<boolean> {
  return db.transaction('rw', db.changes, async () => {
    const row = await db.changes.get(id);
    if (!row || row.handledAt !== 0) return false;
    await db.changes.update(id, { handledAt: Date.now() });
    return true;
  });
}

/** One change by id (a notification click names it), or null. */
export async function getChange(id: number, db: MagpieDB = getDb()): Promise<ChangeRow | null> {
  return (await db.changes.get(id)) ?? null;
}

/** Deletes handled changes older than `before` (a notification's click needs its change for a while). */
export async function purgeHandledChanges(before: number, db: MagpieDB = getDb()): Promise<number> {
  return db.changes.where('handledAt').between(1, before).delete();
}
