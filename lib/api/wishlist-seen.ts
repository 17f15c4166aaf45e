import { browser } from 'wxt/browser';
import { WISHLIST_SEEN_KEY } from '../protocol';

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
