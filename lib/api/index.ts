/** The UI's one door to the rest of Magpie: a real browser implementation and an in-memory mock. */
export type { ActiveTab, ItemsSnapshot, MagpieApi, UndoToken, Unsubscribe } from './types';
export { createBrowserApi, OPTIONS_PAGE, WISHLIST_PAGE } from './browser-api';
export { LIVE_PRICE_ORIGINS } from './live-prices';
export { IN_STOCK, LIMITS } from './db-rules';
