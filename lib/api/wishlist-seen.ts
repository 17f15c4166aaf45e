import { browser } from 'wxt/browser';

/** storage.local key: when the reader last opened the wishlist (epoch ms). */
export const WISHLIST_SEEN_KEY = 'wishlistSeenAt';

/**
 * Records that the wishlist is open now and returns when it was last opened (0 for never), so
 * items that changed since carry a marker for this visit.
 */
export async function markWishlistSeen(now = Date.now()): Promise<number> {
  const got = await browser.storage.local.get(WISHLIST_SEEN_KEY);
  const last = got[WISHLIST_SEEN_KEY];
  await browser.storage.local.set({ [WISHLIST_SEEN_KEY]: now });
  return typeof last === 'number' && Number.isFinite(last) ? last : 0;
}
