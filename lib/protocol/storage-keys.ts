/**
 * Every key Magpie keeps in extension storage, in one place so no two parts of the code can
 * disagree on a name or a pattern. storage.local survives restarts and holds settings and run
 * state; storage.session holds each tab's data and vanishes with the browser session.
 */

/** storage.local: the settings the content script reads; the key WXT's storage item 'local:settings' used. */
export const SETTINGS_KEY = 'settings';
/** storage.local: tracking settings, apart from `settings` so the content script never reads them. */
export const TRACKING_KEY = 'tracking';
/** storage.local: when the reader last opened the wishlist (epoch ms). */
export const WISHLIST_SEEN_KEY = 'wishlistSeenAt';
/** storage.local: where an unfinished refresh remembers when it started. */
export const REFRESH_RUN_KEY = 'refreshRun';
/** storage.local: the last alerts sent, newest first (what "recent alerts" and the demo show). */
export const RECENT_ALERTS_KEY = 'recentAlerts';
/** storage.local, test builds only: the fixture retail web's origin, e.g. http://127.0.0.1:8123. */
export const RETAIL_ORIGIN_KEY = 'test:retailOrigin';

/** storage.session: when the reader last asked for live prices and has not seen the answer yet. */
export const LIVE_PRICES_ASKED_KEY = 'livePricesAskedAt';
/** storage.session: the index of tab records (which tab owns each, its size and when it was written). */
export const SESSION_INDEX_KEY = 'session:index';
/** storage.session: the shop-request budget's last hour of requests, so a service-worker restart keeps it. */
export const REQUEST_BUDGET_KEY = 'requestBudget';
/** storage.session: tabs whose records the session budget evicted (newest last), so a save can say why. */
export const EVICTED_TABS_KEY = 'session:evicted';

const TAB_MENTIONS_PREFIX = 'tab:';
const TAB_STATES_PREFIX = 'states:';

/** storage.session: the key of a tab's reported mentions. */
export const tabMentionsKey = (tabId: number): string => `${TAB_MENTIONS_PREFIX}${tabId}`;
/** storage.session: the key of a tab's resolve states. */
export const tabStatesKey = (tabId: number): string => `${TAB_STATES_PREFIX}${tabId}`;

function tabOfKey(prefix: string, key: string): number | null {
  if (!key.startsWith(prefix)) return null;
  const rest = key.slice(prefix.length);
  return /^\d+$/.test(rest) ? Number(rest) : null;
}

/** The tab id of a tabMentionsKey, else null. */
export const tabOfMentionsKey = (key: string): number | null => tabOfKey(TAB_MENTIONS_PREFIX, key);
/** The tab id of a tabStatesKey, else null. */
export const tabOfStatesKey = (key: string): number | null => tabOfKey(TAB_STATES_PREFIX, key);
