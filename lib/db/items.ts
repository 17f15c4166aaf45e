import type { Listing } from '../listing/types';
import type { SaveItemInput, SavedItem } from './types';
import { getDb, type MagpieDB } from './schema';
import { cleanSaveInput, type CleanSave } from './sanitize';
import { textKey, urlKey } from './key';
import { isListing, isSavedItem } from './guards';
import { firstRecordedPrice, historyRowFor, lowestRecordedPrice, observationChanged } from './history';
import { isPriceDropped } from './price-drop';
import { DbInputError } from './errors';
import { changeRowFor } from './changes';
import { reviveRemoved } from './removed';

/** The item with this id, or null when absent or unreadable. */
export async function getItem(id: string, db: MagpieDB = getDb()): Promise<SavedItem | null> {
  const row: unknown = await db.items.get(id);
  return isSavedItem(row) ? row : null;
}

/** The stored row for the same product: by id, then listing URL, then brand|name|retailer. */
async function findExisting(db: MagpieDB, id: string, uKey: string | null, tKey: string): Promise<SavedItem | null> {
  const byId: unknown = await db.items.get(id);
  if (isSavedItem(byId)) return byId;
  if (uKey) {
    const byUrl = (await db.items.where('urlKey').equals(uKey).toArray()).find(isSavedItem);
    if (byUrl) return byUrl;
  }
  // A text match is the same product unless both rows know different listing URLs.
  const byText = await db.items.where('textKey').equals(tKey).toArray();
  return byText.find((r) => isSavedItem(r) && (uKey === null || r.urlKey === null || r.urlKey === uKey)) ?? null;
}

function createItem(c: CleanSave, now: number): SavedItem {
  const tKey = textKey(c.brand, c.name, c.retailer);
  const uKey = urlKey(c.listingUrl);
  return {
    id: uKey ?? tKey,
    ...c,
    createdAt: now,
    updatedAt: now,
    priceDropped: false,
    textKey: tKey,
    urlKey: uKey,
    checkedAt: now,
  };
}

/** A re-save: identity, notes, tags, source and createdAt stay; newly known values fill in or refresh. */
function mergeItem(old: SavedItem, c: CleanSave, now: number): SavedItem {
  const brand = old.brand ?? c.brand;
  const retailer = old.retailer ?? c.retailer;
  const listingUrl = old.listingUrl ?? c.listingUrl;
  const observed = c.currentPrice !== null;
  return {
    ...old,
    brand,
    retailer,
    listingUrl,
    articleUrl: c.articleUrl ?? old.articleUrl,
    articleTitle: c.articleTitle ?? old.articleTitle,
    mentionUrl: c.mentionUrl ?? old.mentionUrl,
    articlePrice: c.articlePrice ?? old.articlePrice,
    currentPrice: observed ? c.currentPrice : old.currentPrice,
    currency: observed ? c.currency : old.currency,
    availability: c.availability ?? old.availability,
    image: c.image ?? old.image,
    updatedAt: now,
    ...(observed || c.availability !== null ? { checkedAt: now, checkProblem: null } : {}),
    textKey: textKey(brand, old.name, retailer),
    urlKey: urlKey(listingUrl),
  };
}

/** Writes `next`, recording history when price or availability changed; call inside a rw transaction. */
async function commit(db: MagpieDB, prev: SavedItem | null, next: SavedItem, now: number): Promise<SavedItem> {
  if (observationChanged(prev, next)) {
    await db.history.add(historyRowFor(next, now));
    // A change after the save goes to the alerts' outbox in the same transaction: exactly one per change.
    if (prev) {
      next.changedAt = now;
      await db.changes.add(changeRowFor(prev, next, now));
    }
  }
  const first = await firstRecordedPrice(db, next.id, next.currency);
  next.priceDropped = isPriceDropped(next, first);
  next.firstPrice = first;
  next.lowestPrice = await lowestRecordedPrice(db, next.id, next.currency);
  await db.items.put(next);
  return next;
}

/**
 * Saves a product, or updates it when it is already on the wishlist (matched by listing URL,
 * else brand+name+retailer), in one transaction so racing saves still leave one row.
 * Input is checked at run time too (it crosses a message boundary): throws `DbInputError`
 * naming the bad field. Returns the stored item.
 */
export async function saveItem(input: SaveItemInput, db: MagpieDB = getDb()): Promise<SavedItem> {
  const clean = cleanSaveInput(input);
  const fresh = createItem(clean, 0);
  return db.transaction('rw', [db.items, db.history, db.changes, db.removed], async () => {
    const now = Date.now();
    let old = await findExisting(db, fresh.id, fresh.urlKey, fresh.textKey);
    // Saved again within 30 days of a removal: its notes, tags and history come back.
    old ??= await reviveRemoved(db, fresh, now);
    const next = old ? mergeItem(old, clean, now) : { ...fresh, createdAt: now, updatedAt: now, checkedAt: now };
    return commit(db, old, next, now);
  });
}

/**
 * Records a fresh read of an item's listing: current price, availability, image, and the
 * listing URL when the item had none; a history row and a change when price or availability
 * changed. With `observedAt` (when the listing was read), a read no newer than the item's last
 * check changes nothing. Returns the updated item, or null if it is gone.
 */
export async function updateListing(
  id: string,
  listing: Listing,
  db: MagpieDB = getDb(),
  opts: { observedAt?: number } = {},
): Promise<SavedItem | null> {
  if (!isListing(listing)) throw new DbInputError('listing is malformed');
  return db.transaction('rw', db.items, db.history, db.changes, async () => {
    const old = await getItem(id, db);
    if (!old) return null;
    // A listing read before the item's last check (a cached one) says nothing new: no flapping history.
    if (opts.observedAt !== undefined && old.checkedAt !== undefined && opts.observedAt <= old.checkedAt) return old;
    const now = Date.now();
    const next: SavedItem = { ...old, updatedAt: now, checkedAt: now, checkProblem: null };
    const currency = listing.currency ?? old.currency ?? old.articlePrice?.currency ?? null;
    if (listing.price !== null && currency !== null) {
      next.currentPrice = listing.price;
      next.currency = currency;
    }
    if (listing.availability !== null) next.availability = listing.availability;
    if (listing.image !== null) next.image = listing.image;
    if (listing.url !== null && old.listingUrl === null && urlKey(listing.url)) {
      next.listingUrl = listing.url;
      next.urlKey = urlKey(listing.url);
    }
    return commit(db, old, next, now);
  });
}

/**
 * Records a refresh that could not read an item's listing: the last known price and
 * availability stay, the reason is kept to show. Null when the item is gone.
 */
export async function markCheckFailed(id: string, problem: string, db: MagpieDB = getDb()): Promise<SavedItem | null> {
  return db.transaction('rw', db.items, async () => {
    const old = await getItem(id, db);
    if (!old) return null;
    const next: SavedItem = { ...old, checkedAt: Date.now(), checkProblem: problem.slice(0, 300) };
    await db.items.put(next);
    return next;
  });
}
