/**
 * The database functions Chromium's worker calls (lib/background/worker-modules.ts lists their names), named one
 * by one so entrypoints/worker-db.ts carries only what they reach: the wishlist page's export, import and query
 * code stays out of a script that every worker start is handed (about a third of its own code).
 */
import { getDb } from './schema';
import { getCached, putCached } from './listing-cache';
import { getItem, markCheckFailed, saveItem, updateListing } from './items';
import { removeItem } from './item-edit';
import { itemsCheckedBefore } from './wishlist';
import { purgeRemoved } from './removed';
import { getChange, markChangeHandled, purgeHandledChanges, unhandledChanges } from './changes';

/** What entrypoints/worker-db.ts provides as the `db` worker module. */
export const WORKER_DB_EXPORTS = {
  getDb,
  getCached,
  putCached,
  getItem,
  saveItem,
  removeItem,
  updateListing,
  markCheckFailed,
  itemsCheckedBefore,
  purgeRemoved,
  getChange,
  markChangeHandled,
  unhandledChanges,
  purgeHandledChanges,
};
