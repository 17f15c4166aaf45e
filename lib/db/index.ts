/** Magpie's database layer: the only code that touches IndexedDB. */
export type {
  CacheEntry,
  CacheHit,
  ChangeRow,
  RemovedRow,
  CachedResolution,
  HistoryRow,
  ImportSummary,
  ItemQuery,
  ItemSource,
  MagpieExport,
  QueryResult,
  RemovedItem,
  SaveItemInput,
  SavedItem,
  SortKey,
} from './types';
export { ITEM_SOURCES } from './types';
export { MagpieDB, MIGRATIONS, getDb, openMagpieDb, type Migration } from './schema';
export { DbInputError } from './errors';
export { LIMITS } from './limits';
export { itemKey, normalizeUrlKey, textKey } from './key';
export { isSavedItem, isHistoryRow, isListing, describeItemProblem } from './guards';
export { getItem, markCheckFailed, saveItem, updateListing } from './items';
export { setNotes, setTags, removeItem, restoreItem } from './item-edit';
export { getHistory } from './history';
export { IN_STOCK, matchAndSort, queryItems, watchItems } from './query';
export { queryTotals, readTotals, watchTotals } from './totals';
export { totalsByCurrency, type CurrencyTotal } from './price-totals';
export { type TotalRow } from './totals-rows';
export { clearAll, countItems, itemsCheckedBefore, itemsUpdatedBefore, listRetailers, listTags } from './wishlist';
export {
  cacheKey,
  getCached,
  isCacheEntry,
  pruneCache,
  putCached,
  CACHE_MAX_STALE_MS,
  CACHE_MAX_TTL_MS,
} from './listing-cache';
export { createExport, exportCsv, exportJson } from './export';
export { importJson, importText } from './import';
export { parseCsv, parseCsvExport } from './csv-import';
export { csvCell, toCsv } from './csv';
export { requestPersistentStorage } from './persist';
export { listRemoved, purgeRemoved, restoreRemoved, REMOVED_KEEP_MS } from './removed';
export { getChange, markChangeHandled, purgeHandledChanges, unhandledChanges } from './changes';
