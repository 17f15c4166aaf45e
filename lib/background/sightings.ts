import type { Mention } from '../detect/types';
import { updateListing } from '../db';
import { getDb, type MagpieDB } from '../db/schema';
import type { ResolveState } from '../protocol/resolve-state';
import { savedIdsFor } from './save-ids';

/**
 * Every time Magpie reads a listing that is on the wishlist (the popup, an article, the shop's
 * own page), the item takes the reading: current price, availability and image, with a
 * history row when price or availability changed. A cached reading no newer than the item's
 * last check changes nothing. Returns the item's id when one was updated.
 */
export async function recordSighting(
  mention: Mention,
  state: ResolveState,
  db: MagpieDB = getDb(),
): Promise<string | null> {
  if (state.status !== 'resolved') return null;
  const [id] = await savedIdsFor([mention], [state], db);
  if (!id) return null;
  const updated = await updateListing(id, state.listing, db, { observedAt: state.checkedAt });
  return updated ? id : null;
}
